-- Trustcase workspace schema, version 11: the record of a case cannot be rewritten.
--
-- A decision is never changed: V9's trigger left the row's identity (case_id, version) open and let
-- an update touch the sign-off columns one at a time; now only the unsigned sign-off is written,
-- both columns at once, and once.
DROP TRIGGER decision_only_signed_off_once;

CREATE TRIGGER decision_only_signed_off_once BEFORE UPDATE ON notification_decision
WHEN OLD.signed_off_by IS NOT NULL OR OLD.signed_off_at IS NOT NULL
  OR NEW.signed_off_by IS NULL OR NEW.signed_off_at IS NULL
  OR NEW.case_id IS NOT OLD.case_id OR NEW.version IS NOT OLD.version
  OR NEW.author IS NOT OLD.author OR NEW.decided_at IS NOT OLD.decided_at
  OR NEW.notify_authority IS NOT OLD.notify_authority OR NEW.authority_reason IS NOT OLD.authority_reason
  OR NEW.notify_subjects IS NOT OLD.notify_subjects OR NEW.subjects_reason IS NOT OLD.subjects_reason
  OR NEW.art34_exception IS NOT OLD.art34_exception
  OR NEW.departure_justification IS NOT OLD.departure_justification
  OR NEW.assessment_version IS NOT OLD.assessment_version
  OR NEW.suggested_outcome IS NOT OLD.suggested_outcome
  OR NEW.suggested_authority IS NOT OLD.suggested_authority
  OR NEW.suggested_subjects IS NOT OLD.suggested_subjects
  OR NEW.suggested_exception IS NOT OLD.suggested_exception
  OR NEW.suggestion_reasons IS NOT OLD.suggestion_reasons
BEGIN
    SELECT RAISE(ABORT, 'a decision is never changed; only its sign-off is recorded, once');
END;

-- An assessment's DPC adjustments are written with it: none is added to a version once a later
-- version exists.
CREATE TRIGGER assessment_adjustment_only_with_latest BEFORE INSERT ON assessment_adjustment
WHEN EXISTS (SELECT 1 FROM assessment a WHERE a.case_id = NEW.case_id AND a.version > NEW.version)
BEGIN
    SELECT RAISE(ABORT, 'assessments are never overwritten; record a new version');
END;

-- Clock outcomes become a history: every outcome of a clock is a row, numbered from 1; the
-- current outcome is the highest number. A wrong outcome is corrected by a later row with the
-- reason for the correction (correction_reason), which may also withdraw it ('withdrawn'); the
-- earlier row stays. Rows are never updated or deleted.
CREATE TABLE clock_outcome_history (
    case_id           INTEGER NOT NULL REFERENCES breach_case (id),
    rule_id           TEXT    NOT NULL,
    seq               INTEGER NOT NULL CHECK (seq >= 1),
    kind              TEXT    NOT NULL CHECK (kind IN ('met', 'waived', 'withdrawn')),
    outcome_at        TEXT    NOT NULL,
    reason            TEXT,
    correction_reason TEXT,
    recorded_by       TEXT    NOT NULL,
    recorded_at       TEXT    NOT NULL,
    PRIMARY KEY (case_id, rule_id, seq),
    CONSTRAINT clock_outcome_withdrawn_has_reason CHECK (kind <> 'withdrawn' OR correction_reason IS NOT NULL)
);

INSERT INTO clock_outcome_history (case_id, rule_id, seq, kind, outcome_at, reason, correction_reason, recorded_by,
                                   recorded_at)
SELECT case_id, rule_id, 1, kind, outcome_at, reason, NULL, recorded_by, recorded_at FROM clock_outcome;

DROP TRIGGER clock_outcome_no_update;
DROP TRIGGER clock_outcome_no_delete;
DROP TABLE clock_outcome;
ALTER TABLE clock_outcome_history RENAME TO clock_outcome;

CREATE TRIGGER clock_outcome_no_update BEFORE UPDATE ON clock_outcome
BEGIN
    SELECT RAISE(ABORT, 'a clock outcome is never changed; record a correction');
END;

CREATE TRIGGER clock_outcome_no_delete BEFORE DELETE ON clock_outcome
BEGIN
    SELECT RAISE(ABORT, 'a clock outcome is never deleted; record a correction');
END;

CREATE TRIGGER clock_outcome_in_order BEFORE INSERT ON clock_outcome
WHEN NEW.seq IS NOT (SELECT coalesce(max(o.seq), 0) + 1 FROM clock_outcome o
                     WHERE o.case_id = NEW.case_id AND o.rule_id = NEW.rule_id)
BEGIN
    SELECT RAISE(ABORT, 'clock outcomes are numbered in order');
END;

CREATE TRIGGER clock_outcome_corrected_with_reason BEFORE INSERT ON clock_outcome
WHEN NEW.correction_reason IS NULL
  AND (SELECT o.kind FROM clock_outcome o WHERE o.case_id = NEW.case_id AND o.rule_id = NEW.rule_id
       ORDER BY o.seq DESC LIMIT 1) IN ('met', 'waived')
BEGIN
    SELECT RAISE(ABORT, 'a clock outcome is replaced only by a correction with a reason');
END;

-- A case is never deleted: its audit trail, assessments and decisions refer to it.
CREATE TRIGGER breach_case_no_delete BEFORE DELETE ON breach_case
BEGIN
    SELECT RAISE(ABORT, 'a case is never deleted');
END;
