-- Trustcase workspace schema, version 17: legal notes on evidence items, anchored to the whole item, a rectangle of a
-- page, or a quoted passage. A note is kept as written (edits, when they come, add versions).

CREATE TABLE evidence_annotation (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES evidence_item (id),
    author      TEXT    NOT NULL,
    occurred_at TEXT    NOT NULL,
    note        TEXT    NOT NULL,
    anchor      TEXT    NOT NULL CHECK (anchor IN ('whole', 'region', 'quote')),
    page        INTEGER CHECK (page IS NULL OR page >= 1),
    rect_x      REAL,
    rect_y      REAL,
    rect_w      REAL,
    rect_h      REAL,
    quote       TEXT,
    tags        TEXT    NOT NULL DEFAULT '[]',
    privileged  INTEGER NOT NULL DEFAULT 0 CHECK (privileged IN (0, 1)),
    CHECK (anchor <> 'region' OR (page IS NOT NULL AND rect_w > 0 AND rect_h > 0)),
    CHECK (anchor <> 'quote' OR quote IS NOT NULL)
);

CREATE INDEX evidence_annotation_by_item ON evidence_annotation (item_id, id);

CREATE TRIGGER evidence_annotation_no_update BEFORE UPDATE ON evidence_annotation
BEGIN
    SELECT RAISE(ABORT, 'an annotation is kept as written');
END;

CREATE TRIGGER evidence_annotation_no_delete BEFORE DELETE ON evidence_annotation
BEGIN
    SELECT RAISE(ABORT, 'an annotation is kept as written');
END;
