package org.trustcase.model.audit;

import org.trustcase.model.common.Coded;

/** What an audit event records. Codes are stable: they are stored and exported. */
public enum AuditAction implements Coded {
    WORKSPACE_CREATED,
    CASE_CREATED,
    CASE_UPDATED,
    CASE_STATUS_CHANGED,
    ASSESSMENT_RECORDED,
    DECISION_RECORDED,
    DECISION_SIGNED_OFF,
    CASE_EVENT_RECORDED,
    CASE_FLAGS_CHANGED,
    CLOCK_MET,
    CLOCK_WAIVED,
    /** A clock's outcome was replaced by a corrected one, or withdrawn; the reason says why. */
    CLOCK_OUTCOME_CORRECTED,
    /** The access policy refused a use case: changes name the use case and the refusal code. */
    ACCESS_REFUSED,
    /** A checkpoint of the trail was signed: the number of events and the head hash it vouches for. */
    AUDIT_CHECKPOINT_SIGNED,
    /** Verifying the trail found it broken: the first bad event and what is wrong with it. */
    AUDIT_VERIFICATION_FAILED,
    /** A user account was added: its login and role. */
    USER_ADDED,
    /** A user account's role changed. */
    USER_ROLE_CHANGED,
    /** A user account may no longer sign in; the reason says why. */
    USER_DEACTIVATED,
    /** A deactivated account may sign in again. */
    USER_REACTIVATED,
    /** A user's password was set anew (never the password itself). */
    USER_PASSWORD_CHANGED,
    /** Someone signed in at the window. */
    USER_SIGNED_IN,
    /** Someone signed out at the window. */
    USER_SIGNED_OUT,
    /** A sign-in was refused: the actor is the login tried ("-" when it could not be a login). */
    USER_SIGN_IN_FAILED,
    /** A file was added to the case's evidence: the item, its original name, SHA-256 and size. */
    EVIDENCE_ADDED,
    /** A legal note was put on an evidence item. */
    EVIDENCE_ANNOTATED,
    /** A legal note was edited: a new version replaces the one shown; the earlier one is kept. */
    EVIDENCE_ANNOTATION_EDITED,
    /** Verification found an evidence file changed or gone. */
    EVIDENCE_ALTERED,
    /** An evidence item was disposed of: its file removed, its record kept with the hash. */
    EVIDENCE_DISPOSED,
    /** A case's evidence was written out as a bundle: how many items, to whom, and the bundle's SHA-256. */
    EVIDENCE_EXPORTED,
    /** A bundle's evidence was taken into the case: how many items, from which case, and the bundle's SHA-256. */
    EVIDENCE_BUNDLE_IMPORTED,
    /** Recipients were imported into the case's register: the file, its SHA-256, how many, duplicates, refused. */
    RECIPIENTS_IMPORTED,
    /** The organisation profile was changed: each field, before and after. */
    ORGANISATION_UPDATED,
    /** Recipients' statuses were set from a file: the file, its SHA-256, how many. */
    RECIPIENT_STATUSES_UPDATED,
    /** The draft of the authority's notification was saved: each field, before and after. */
    AUTHORITY_DRAFT_SAVED,
    /** A notification was recorded as sent: to whom, the phase, when, how, the reference and the clocks it met. */
    NOTIFICATION_RECORDED,
    /** A letter template was saved: its name and language, subject and body before and after. */
    LETTER_TEMPLATE_SAVED,
    /** A letter template's current version was approved by a legal reviewer. */
    LETTER_TEMPLATE_APPROVED,
    /** A task was added to the case: its number, title, assignee, due time or clock. */
    TASK_ADDED,
    /** A task's status changed (the reason, when it is not needed). */
    TASK_STATUS_CHANGED,
    /** A playbook's tasks were added to the case: the playbook and how many tasks. */
    PLAYBOOK_APPLIED,
    /** A playbook was saved (edited or imported): its name and how many tasks. */
    PLAYBOOK_SAVED,
    /** An investigation note was written: its number and text. */
    NOTE_ADDED,
    /** A note was edited: the version it replaces, and the text before and after. */
    NOTE_EDITED,
    /** A past event recorded on a case: when it happened, what, its source and confidence. */
    PAST_EVENT_RECORDED,
    /** A case's summary made to print or save: whether privileged annotations went with it. */
    CASE_SUMMARY_PRINTED,
    /** The breach register of a period exported: the period and how many cases it held. */
    REGISTER_EXPORTED,
    /** A year's transparency report made. */
    TRANSPARENCY_REPORTED,
    /** A batch of letters was prepared: its number, template and how many recipients. */
    LETTERS_PREPARED,
    /** A batch of letters was marked sent: when, how, how many recipients, and the clock it met. */
    LETTERS_SENT,
    /** Cases were exported to a file: how many, and the file's name. */
    CASES_EXPORTED,
    /** A legal reviewer was assigned to the case. */
    CASE_ASSIGNED,
    /** A legal reviewer's assignment to the case ended. */
    CASE_UNASSIGNED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
