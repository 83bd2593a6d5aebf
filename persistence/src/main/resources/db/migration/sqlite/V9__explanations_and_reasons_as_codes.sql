-- Trustcase workspace schema, version 9: explanations, suggestion reasons and audit notes are stored as
-- codes with their arguments, never as sentences; the application words them in the user's language.
--
-- assessment.explanation and notification_decision.suggestion_reasons become JSON arrays of
-- {"code": ..., "args": [...]} objects (an argument is a text or a nested {"code", "args"} object).
-- The sentences stored so far cannot be parsed back into codes safely, and the record must keep exactly
-- what was shown then: each becomes the code legacy-text with the sentence as its single argument, which
-- the application prints as it is.
--
-- Both tables refuse updates (V2); their triggers are dropped for the rewrite and created again.
-- SQLite cannot alter a trigger.

DROP TRIGGER assessment_no_update;

UPDATE assessment
SET explanation = (
    SELECT json_group_array(json_object('code', 'legacy-text', 'args', json_array(line.value)))
    FROM (SELECT value FROM json_each(assessment.explanation) ORDER BY key) AS line
);

CREATE TRIGGER assessment_no_update BEFORE UPDATE ON assessment
BEGIN
    SELECT RAISE(ABORT, 'assessments are never overwritten; record a new version');
END;

DROP TRIGGER decision_only_signed_off_once;

UPDATE notification_decision
SET suggestion_reasons = (
    SELECT json_group_array(json_object('code', 'legacy-text', 'args', json_array(line.value)))
    FROM (SELECT value FROM json_each(notification_decision.suggestion_reasons) ORDER BY key) AS line
);

-- as in V2, and now the suggestion the decision answered is kept unchanged too
CREATE TRIGGER decision_only_signed_off_once BEFORE UPDATE ON notification_decision
WHEN OLD.signed_off_by IS NOT NULL
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

-- What the application itself notes about an audit event (the assessment version recorded, the headings
-- of a decision's reasons), as one {"code", "args"} object; reason keeps only what a person typed.
-- Events recorded before hold their notes in reason, as they were written.
ALTER TABLE audit_event ADD COLUMN note TEXT;
