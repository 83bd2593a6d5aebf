-- Trustcase workspace schema, version 7: a full-text index for the cases table's filter.
-- One document per case: its reference, title, owner and jurisdiction codes. The trigram tokenizer
-- finds any substring of three characters or more, ignoring case, without reading every case; the
-- filter falls back to LIKE for shorter words. Kept in step by triggers, so that every write path
-- (and a case edited outside the application) updates it.

CREATE VIRTUAL TABLE case_search_fts USING fts5(text, tokenize = 'trigram');

INSERT INTO case_search_fts (rowid, text)
SELECT b.id, b.reference || ' ' || b.title || ' ' || coalesce(b.owner, '')
       || coalesce(' ' || (SELECT group_concat(k.code, ' ') FROM case_classification k
                           WHERE k.case_id = b.id AND k.kind = 'jurisdiction'), '')
FROM breach_case b;

CREATE TRIGGER case_search_after_insert AFTER INSERT ON breach_case
BEGIN
    INSERT INTO case_search_fts (rowid, text)
    VALUES (NEW.id, NEW.reference || ' ' || NEW.title || ' ' || coalesce(NEW.owner, ''));
END;

CREATE TRIGGER case_search_after_update AFTER UPDATE OF reference, title, owner ON breach_case
BEGIN
    UPDATE case_search_fts
    SET text = NEW.reference || ' ' || NEW.title || ' ' || coalesce(NEW.owner, '')
               || coalesce(' ' || (SELECT group_concat(k.code, ' ') FROM case_classification k
                                   WHERE k.case_id = NEW.id AND k.kind = 'jurisdiction'), '')
    WHERE rowid = NEW.id;
END;

CREATE TRIGGER case_search_after_delete AFTER DELETE ON breach_case
BEGIN
    DELETE FROM case_search_fts WHERE rowid = OLD.id;
END;

CREATE TRIGGER case_search_jurisdiction_added AFTER INSERT ON case_classification
WHEN NEW.kind = 'jurisdiction'
BEGIN
    UPDATE case_search_fts SET text = text || ' ' || NEW.code WHERE rowid = NEW.case_id;
END;

CREATE TRIGGER case_search_jurisdiction_removed AFTER DELETE ON case_classification
WHEN OLD.kind = 'jurisdiction'
BEGIN
    UPDATE case_search_fts
    SET text = (SELECT b.reference || ' ' || b.title || ' ' || coalesce(b.owner, '')
                       || coalesce(' ' || (SELECT group_concat(k.code, ' ') FROM case_classification k
                                           WHERE k.case_id = OLD.case_id AND k.kind = 'jurisdiction'), '')
                FROM breach_case b WHERE b.id = OLD.case_id)
    WHERE rowid = OLD.case_id;
END;

-- A list sorted by a column breaks ties by reference in the same direction, so that one index read
-- forwards or backwards gives the whole order and a page is read without sorting every case.
DROP INDEX breach_case_title_idx;
DROP INDEX breach_case_owner_idx;
DROP INDEX breach_case_aware_at_idx;
CREATE INDEX breach_case_title_order_idx ON breach_case (title, ref_year, ref_seq);
CREATE INDEX breach_case_owner_order_idx ON breach_case (owner, ref_year, ref_seq);
CREATE INDEX breach_case_aware_at_order_idx ON breach_case (aware_at, ref_year, ref_seq);
CREATE INDEX breach_case_status_order_idx ON breach_case (status, ref_year, ref_seq);
