-- Trustcase workspace schema, version 24: investigation notes. An edit is a new row that replaces the previous
-- version (each version replaced at most once); no note is changed or deleted, so the history is the table.

CREATE TABLE case_note (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES breach_case (id),
    text        TEXT    NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
    evidence    TEXT    NOT NULL DEFAULT '',
    author      TEXT    NOT NULL,
    written_at  TEXT    NOT NULL,
    replaces    INTEGER REFERENCES case_note (id)
);

CREATE INDEX case_note_by_case ON case_note (case_id, id);
CREATE UNIQUE INDEX case_note_replaced_once ON case_note (replaces) WHERE replaces IS NOT NULL;

CREATE TRIGGER case_note_no_update BEFORE UPDATE ON case_note
BEGIN
    SELECT RAISE(ABORT, 'a note is not changed: an edit is a new version');
END;

CREATE TRIGGER case_note_no_delete BEFORE DELETE ON case_note
BEGIN
    SELECT RAISE(ABORT, 'a note stays with its case');
END;
