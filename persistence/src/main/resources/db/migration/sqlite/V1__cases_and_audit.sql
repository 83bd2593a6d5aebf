-- Trustcase workspace schema, version 1: cases and the audit trail.
-- Instants are TEXT in ISO-8601 UTC with milliseconds and a Z ('2026-03-30T10:00:00.000Z'):
-- readable in any SQLite tool, sortable as text, and portable to a timestamptz column later.
-- Codes (status, channel, categories...) are the model's stable lower-case codes.

CREATE TABLE workspace_meta (
    meta_key   TEXT NOT NULL PRIMARY KEY,
    meta_value TEXT NOT NULL
);

CREATE TABLE breach_case (
    id                INTEGER NOT NULL PRIMARY KEY,
    ref_year          INTEGER NOT NULL,
    ref_seq           INTEGER NOT NULL,
    reference         TEXT    NOT NULL UNIQUE,
    title             TEXT    NOT NULL,
    summary           TEXT,
    reporter          TEXT,
    channel           TEXT,
    occurred_from     TEXT,
    occurred_to       TEXT,
    detected_at       TEXT,
    aware_at          TEXT    NOT NULL,
    aware_gap_reason  TEXT,
    contained_at      TEXT,
    approx_subjects   INTEGER,
    approx_records    INTEGER,
    cause             TEXT,
    remedial_actions  TEXT,
    owner             TEXT,
    status            TEXT    NOT NULL,
    status_reason     TEXT,
    version           INTEGER NOT NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    CONSTRAINT breach_case_reference_unique UNIQUE (ref_year, ref_seq),
    CONSTRAINT breach_case_version_positive CHECK (version >= 1),
    CONSTRAINT breach_case_counts_non_negative CHECK (coalesce(approx_subjects, 0) >= 0 AND coalesce(approx_records, 0) >= 0)
);

CREATE INDEX breach_case_status_idx ON breach_case (status);

-- Multi-valued classifications of a case: breach types, data categories, subject categories and
-- jurisdictions, one row per value. kind is one of 'breach-type', 'data-category',
-- 'subject-category', 'jurisdiction'.
CREATE TABLE case_classification (
    case_id  INTEGER NOT NULL REFERENCES breach_case (id) ON DELETE CASCADE,
    kind     TEXT    NOT NULL,
    code     TEXT    NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (case_id, kind, code)
);

CREATE INDEX case_classification_code_idx ON case_classification (kind, code);

-- Other organisations involved in a case (processor, postal operator...), in the order entered.
CREATE TABLE case_party (
    case_id  INTEGER NOT NULL REFERENCES breach_case (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role     TEXT    NOT NULL,
    name     TEXT    NOT NULL,
    PRIMARY KEY (case_id, position)
);

-- The audit trail: append-only. changes is a JSON array of {field, before, after}.
CREATE TABLE audit_event (
    seq            INTEGER NOT NULL PRIMARY KEY,
    occurred_at    TEXT    NOT NULL,
    actor          TEXT    NOT NULL,
    case_reference TEXT,
    action         TEXT    NOT NULL,
    changes        TEXT    NOT NULL,
    reason         TEXT
);

CREATE INDEX audit_event_case_idx ON audit_event (case_reference, seq);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
