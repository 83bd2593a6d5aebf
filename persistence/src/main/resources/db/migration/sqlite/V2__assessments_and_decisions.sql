-- Trustcase workspace schema, version 2: risk assessments and notification decisions.
-- Both are versioned per case and never overwritten: triggers refuse updates and deletes, except
-- the one-time sign-off of a decision. Decimal scores are TEXT ('3.25') to keep them exact.

-- Facts that weigh on Art. 34(3) GDPR; 1 = yes, 0 = no, NULL = not established yet.
ALTER TABLE breach_case ADD COLUMN data_unintelligible INTEGER;
ALTER TABLE breach_case ADD COLUMN high_risk_removed INTEGER;
ALTER TABLE breach_case ADD COLUMN disproportionate_effort INTEGER;

CREATE TABLE assessment (
    case_id            INTEGER NOT NULL REFERENCES breach_case (id),
    version            INTEGER NOT NULL,
    author             TEXT    NOT NULL,
    assessed_at        TEXT    NOT NULL,
    data_type          TEXT    NOT NULL,
    ease               TEXT    NOT NULL,
    cb_confidentiality TEXT    NOT NULL,
    cb_integrity       TEXT    NOT NULL,
    cb_availability    TEXT    NOT NULL,
    malicious          INTEGER NOT NULL,
    dpc                TEXT    NOT NULL,
    cb                 TEXT    NOT NULL,
    score              TEXT    NOT NULL,
    band               TEXT    NOT NULL,
    -- the method's explanation at the time, one line per element of a JSON array of strings
    explanation        TEXT    NOT NULL,
    narrative          TEXT,
    PRIMARY KEY (case_id, version)
);

CREATE TABLE assessment_adjustment (
    case_id  INTEGER NOT NULL,
    version  INTEGER NOT NULL,
    position INTEGER NOT NULL,
    delta    TEXT    NOT NULL,
    reason   TEXT    NOT NULL,
    PRIMARY KEY (case_id, version, position),
    FOREIGN KEY (case_id, version) REFERENCES assessment (case_id, version)
);

CREATE TABLE notification_decision (
    case_id                 INTEGER NOT NULL REFERENCES breach_case (id),
    version                 INTEGER NOT NULL,
    author                  TEXT    NOT NULL,
    decided_at              TEXT    NOT NULL,
    notify_authority        INTEGER NOT NULL,
    authority_reason        TEXT    NOT NULL,
    notify_subjects         INTEGER NOT NULL,
    subjects_reason         TEXT,
    art34_exception         TEXT,
    departure_justification TEXT,
    assessment_version      INTEGER NOT NULL,
    -- the suggestion the decision answered
    suggested_outcome       TEXT    NOT NULL,
    suggested_authority     INTEGER NOT NULL,
    suggested_subjects      INTEGER NOT NULL,
    suggested_exception     TEXT,
    suggestion_reasons      TEXT    NOT NULL,
    signed_off_by           TEXT,
    signed_off_at           TEXT,
    PRIMARY KEY (case_id, version)
);

CREATE TRIGGER assessment_no_update BEFORE UPDATE ON assessment
BEGIN
    SELECT RAISE(ABORT, 'assessments are never overwritten; record a new version');
END;

CREATE TRIGGER assessment_no_delete BEFORE DELETE ON assessment
BEGIN
    SELECT RAISE(ABORT, 'assessments are never deleted');
END;

CREATE TRIGGER assessment_adjustment_no_update BEFORE UPDATE ON assessment_adjustment
BEGIN
    SELECT RAISE(ABORT, 'assessments are never overwritten; record a new version');
END;

CREATE TRIGGER assessment_adjustment_no_delete BEFORE DELETE ON assessment_adjustment
BEGIN
    SELECT RAISE(ABORT, 'assessments are never deleted');
END;

CREATE TRIGGER decision_no_delete BEFORE DELETE ON notification_decision
BEGIN
    SELECT RAISE(ABORT, 'decisions are never deleted');
END;

CREATE TRIGGER decision_only_signed_off_once BEFORE UPDATE ON notification_decision
WHEN OLD.signed_off_by IS NOT NULL
  OR NEW.author IS NOT OLD.author OR NEW.decided_at IS NOT OLD.decided_at
  OR NEW.notify_authority IS NOT OLD.notify_authority OR NEW.authority_reason IS NOT OLD.authority_reason
  OR NEW.notify_subjects IS NOT OLD.notify_subjects OR NEW.subjects_reason IS NOT OLD.subjects_reason
  OR NEW.art34_exception IS NOT OLD.art34_exception
  OR NEW.departure_justification IS NOT OLD.departure_justification
  OR NEW.assessment_version IS NOT OLD.assessment_version
BEGIN
    SELECT RAISE(ABORT, 'a decision is never changed; only its sign-off is recorded, once');
END;
