-- Trustcase workspace schema, version 29: the text of an evidence item disposed of while its text was being read (the
-- reading happens outside a transaction) is not stored, so that it never becomes searchable.

CREATE TRIGGER evidence_text_not_of_disposed BEFORE INSERT ON evidence_text
WHEN (SELECT state FROM evidence_item WHERE id = NEW.item_id) = 'disposed'
BEGIN
    SELECT RAISE(IGNORE);
END;
