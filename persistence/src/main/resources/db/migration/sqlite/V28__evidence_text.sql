-- Trustcase workspace schema, version 28: the text of the evidence items, extracted once after an item is added (of
-- plain text, e-mail and PDF; an empty text for other kinds, so that the item is not read again), and searched as a
-- document of its case. Disposing of an item removes its text with its file.

CREATE TABLE evidence_text (
    item_id  INTEGER PRIMARY KEY REFERENCES evidence_item (id),
    text     TEXT    NOT NULL
);

CREATE TRIGGER search_evidence_after_insert AFTER INSERT ON evidence_text
WHEN length(NEW.text) > 0
BEGIN
    INSERT INTO search_doc (case_id, kind, source_id, body)
    SELECT i.case_id, 'evidence', NEW.item_id, i.original_name || ' ' || NEW.text
    FROM evidence_item i WHERE i.id = NEW.item_id;
END;

CREATE TRIGGER search_evidence_after_delete AFTER DELETE ON evidence_text
BEGIN
    DELETE FROM search_doc WHERE kind = 'evidence' AND source_id = OLD.item_id;
END;

CREATE TRIGGER evidence_text_after_disposal AFTER UPDATE OF state ON evidence_item
WHEN NEW.state = 'disposed'
BEGIN
    DELETE FROM evidence_text WHERE item_id = NEW.id;
END;
