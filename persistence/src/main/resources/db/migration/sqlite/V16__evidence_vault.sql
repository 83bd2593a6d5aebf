-- Trustcase workspace schema, version 16: evidence items (their files are in the vault folder, under their SHA-256)
-- and each item's chain of custody.

CREATE TABLE evidence_item (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES breach_case (id),
    sha256        TEXT    NOT NULL CHECK (length(sha256) = 64),
    size          INTEGER NOT NULL CHECK (size >= 0),
    media_type    TEXT    NOT NULL,
    name_mismatch INTEGER NOT NULL DEFAULT 0 CHECK (name_mismatch IN (0, 1)),
    original_name TEXT    NOT NULL,
    source        TEXT,
    reason        TEXT,
    collected_by  TEXT    NOT NULL,
    collected_at  TEXT    NOT NULL,
    state         TEXT    NOT NULL CHECK (state IN ('intact', 'altered', 'missing', 'disposed')),
    -- the same file added to a case twice is one item
    UNIQUE (case_id, sha256)
);

-- an item is a record: only its state (as verification found it, or disposed) ever changes, and it is never deleted
CREATE TRIGGER evidence_item_no_delete BEFORE DELETE ON evidence_item
BEGIN
    SELECT RAISE(ABORT, 'an evidence item is disposed of, never deleted');
END;

CREATE TRIGGER evidence_item_fixed BEFORE UPDATE OF id, case_id, sha256, size, media_type, name_mismatch,
    original_name, source, reason, collected_by, collected_at ON evidence_item
BEGIN
    SELECT RAISE(ABORT, 'an evidence item is kept as it was collected');
END;

CREATE TABLE custody_event (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id     INTEGER NOT NULL REFERENCES evidence_item (id),
    action      TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    occurred_at TEXT    NOT NULL,
    purpose     TEXT,
    recipient   TEXT,
    detail      TEXT
);

CREATE INDEX custody_event_by_item ON custody_event (item_id, seq);

CREATE TRIGGER custody_event_no_update BEFORE UPDATE ON custody_event
BEGIN
    SELECT RAISE(ABORT, 'a custody event is final');
END;

CREATE TRIGGER custody_event_no_delete BEFORE DELETE ON custody_event
BEGIN
    SELECT RAISE(ABORT, 'a custody event is final');
END;
