-- Trustcase workspace schema, version 8: the search document of a case is rewritten only when what it
-- holds changes. An update that sets the title, owner or reference to the value it already had (every
-- status move and event writes all of a case's columns) no longer rewrites the document, whose trigram
-- index entries are costly to replace.

DROP TRIGGER case_search_after_update;

CREATE TRIGGER case_search_after_update AFTER UPDATE OF reference, title, owner ON breach_case
WHEN OLD.reference IS NOT NEW.reference OR OLD.title IS NOT NEW.title OR OLD.owner IS NOT NEW.owner
BEGIN
    UPDATE case_search_fts
    SET text = NEW.reference || ' ' || NEW.title || ' ' || coalesce(NEW.owner, '')
               || coalesce(' ' || (SELECT group_concat(k.code, ' ') FROM case_classification k
                                   WHERE k.case_id = NEW.id AND k.kind = 'jurisdiction'), '')
    WHERE rowid = NEW.id;
END;
