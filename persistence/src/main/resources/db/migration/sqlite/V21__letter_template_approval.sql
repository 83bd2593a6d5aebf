-- Trustcase workspace schema, version 21: a letter template's current version is approved by a legal reviewer
-- (someone other than the person who saved it); saving the template again clears the approval.

ALTER TABLE letter_template ADD COLUMN approved_by TEXT;
ALTER TABLE letter_template ADD COLUMN approved_at TEXT;
