package org.trustcase.model.access;

import org.trustcase.model.common.Coded;

/**
 * Every use case of the services, as the access policy sees it. Codes are stable: they are stored
 * in the audit trail with every refusal. A use case that only reads says so, so that a policy can
 * let a reader read and refuse them every change.
 */
public enum UseCase implements Coded {
    // CaseService
    CASE_OPEN(Kind.CHANGE),
    CASE_UPDATE(Kind.CHANGE),
    CASE_MOVE(Kind.CHANGE),
    CASE_GET(Kind.READ),
    CASE_OPTIONS(Kind.READ),
    // CaseListService
    CASE_LIST(Kind.READ),
    CASE_COUNT(Kind.READ),
    CASE_EXPORT(Kind.READ),
    /** The list written to a file, and the export recorded: a sensitive read. */
    CASE_EXPORT_TO_FILE(Kind.CHANGE),
    CASE_FIGURES(Kind.READ),
    // AssessmentService
    ASSESSMENT_RECORD(Kind.CHANGE),
    ASSESSMENT_LIST(Kind.READ),
    ASSESSMENT_COMPARE(Kind.READ),
    SUGGESTION_GET(Kind.READ),
    DECISION_RECORD(Kind.CHANGE),
    DECISION_LIST(Kind.READ),
    DECISION_SIGN_OFF(Kind.CHANGE),
    // CaseClockService
    CLOCK_LIST(Kind.READ),
    CLOCK_FACTS(Kind.READ),
    EVENT_RECORD(Kind.CHANGE),
    FLAGS_SET(Kind.CHANGE),
    CLOCK_MEET(Kind.CHANGE),
    CLOCK_WAIVE(Kind.CHANGE),
    CLOCK_CORRECT(Kind.CHANGE),
    // DeadlineBoard
    DEADLINE_COUNTS(Kind.READ),
    DEADLINE_LIST(Kind.READ),
    DEADLINE_ROWS(Kind.READ),
    DEADLINE_ALERTS(Kind.READ),
    DEADLINE_INDEX_CHECK(Kind.READ),
    DEADLINE_INDEX_REBUILD(Kind.CHANGE),
    DEADLINE_INDEX_MARK(Kind.CHANGE),
    // AuditService
    AUDIT_ALL(Kind.READ),
    AUDIT_OF_CASE(Kind.READ),
    /** The workspace's audit log, filtered and paged. */
    AUDIT_SEARCH(Kind.READ),
    AUDIT_VERIFY(Kind.READ),
    AUDIT_CHECKPOINT(Kind.CHANGE),
    AUDIT_PUBLIC_KEY(Kind.READ),
    /** Signs a checkpoint (and records it) before the trail is read out. */
    AUDIT_EXPORT(Kind.CHANGE),
    /** Signs a checkpoint before the whole workspace is copied: the copy holds everything, so a DPO's to make. */
    WORKSPACE_BACKUP(Kind.CHANGE),
    // EvidenceService
    EVIDENCE_ADD(Kind.CHANGE),
    EVIDENCE_LIST(Kind.READ),
    EVIDENCE_CUSTODY(Kind.READ),
    /** Reading the stored files again: each check is a custody event. */
    EVIDENCE_VERIFY(Kind.CHANGE),
    /** A legal note on an item: a reviewer's, on the cases assigned to them, or a DPO's. */
    EVIDENCE_ANNOTATE(Kind.CHANGE),
    EVIDENCE_ANNOTATIONS(Kind.READ),
    /** A new version of one's own note (the earlier ones are kept). */
    EVIDENCE_ANNOTATION_EDIT(Kind.CHANGE),
    /** Every version of a note. */
    EVIDENCE_ANNOTATION_HISTORY(Kind.READ),
    /** The notes on every item of a case, for the case's list of notes. */
    EVIDENCE_CASE_ANNOTATIONS(Kind.READ),
    /**
     * Opening an item to look at it: its file checked against its hash first, the look a custody event (a change of
     * the record, so a legal reviewer may on the cases assigned to them, and a manager may).
     */
    EVIDENCE_VIEW(Kind.CHANGE),
    /** Disposing of an item: the file removed, the item kept as a tombstone with its hash. */
    EVIDENCE_DISPOSE(Kind.CHANGE),
    /** A case's evidence written out as a bundle another workspace can import: every file checked on the way. */
    EVIDENCE_EXPORT(Kind.CHANGE),
    /** A bundle's items taken into a case, every file checked against the bundle's hashes. */
    EVIDENCE_IMPORT_BUNDLE(Kind.CHANGE),
    /**
     * The vault against the items of every case: files without an item, items without a file (marked missing, so a
     * change of the record, which a manager may make as they may verify).
     */
    EVIDENCE_RECONCILE(Kind.CHANGE),
    // OrganisationService
    /** The organisation profile, which notifications and letters take their details from. */
    ORGANISATION_SHOW(Kind.READ),
    ORGANISATION_UPDATE(Kind.CHANGE),
    // RecipientService
    /** Recipients imported from a file into a case's register. */
    RECIPIENT_IMPORT(Kind.CHANGE),
    RECIPIENT_LIST(Kind.READ),
    RECIPIENT_COUNTS(Kind.READ),
    /** Where the case's recipients live, for the jurisdictions the case may lack. */
    RECIPIENT_RESIDENCES(Kind.READ),
    /** Statuses of recipients set from a file (sent, delivered, bounced…). */
    RECIPIENT_STATUS(Kind.CHANGE),
    /** The status of recipients chosen in the register, one or a selection. */
    RECIPIENT_STATUS_SET(Kind.CHANGE),
    // NotificationService
    /** The draft of the authority's notification, saved or pre-filled from the case. */
    AUTHORITY_DRAFT_SHOW(Kind.READ),
    AUTHORITY_DRAFT_SAVE(Kind.CHANGE),
    /** A notification recorded as sent (the authority's, in phases, or anyone else's); it may meet clocks. */
    NOTIFICATION_RECORD(Kind.CHANGE),
    NOTIFICATION_LIST(Kind.READ),
    // LetterService
    LETTER_TEMPLATE_LIST(Kind.READ),
    LETTER_TEMPLATE_SAVE(Kind.CHANGE),
    /** A legal reviewer's approval of a letter template's current version. */
    LETTER_TEMPLATE_APPROVE(Kind.CHANGE),
    /** The case, organisation and draft that letters are filled from. */
    LETTER_CONTEXT(Kind.READ),
    /** A batch of letters prepared: the pending recipients join it. */
    LETTER_PREPARE(Kind.CHANGE),
    LETTER_BATCH_RECIPIENTS(Kind.READ),
    LETTER_BATCH_LIST(Kind.READ),
    /** A batch marked sent: its recipients too, and the data subjects' clock met. */
    LETTER_MARK_SENT(Kind.CHANGE),
    // TaskService
    /** A task added to a case's investigation. */
    TASK_ADD(Kind.CHANGE),
    TASK_LIST(Kind.READ),
    /** A task done, reopened, in progress, or not needed (with the reason); asked by the task's number. */
    TASK_STATUS(Kind.CHANGE),
    // PlaybookService
    PLAYBOOK_LIST(Kind.READ),
    /** A playbook's tasks added to a case. */
    PLAYBOOK_APPLY(Kind.CHANGE),
    /** A playbook saved: edited, or imported from a file. */
    PLAYBOOK_SAVE(Kind.CHANGE),
    // NoteService
    /** An investigation note written on a case. */
    NOTE_ADD(Kind.CHANGE),
    /** A new version of a note, by its author; asked by the note's number. */
    NOTE_EDIT(Kind.CHANGE),
    NOTE_LIST(Kind.READ),
    // TimelineService
    /** A case's timeline: its dated facts, past events and what was done, in order. */
    TIMELINE_SHOW(Kind.READ),
    /** A past event recorded on a case with the time it happened. */
    PAST_EVENT_RECORD(Kind.CHANGE),
    // ReportService
    /** A case's summary made to print or save as PDF: audited, as it takes the case's record out of the workspace. */
    REPORT_CASE(Kind.CHANGE),
    /** The breach register of a period exported to a file (audited, as it takes the cases out of the workspace). */
    REGISTER_EXPORT(Kind.CHANGE),
    /** A page of the breach register, to show. */
    REGISTER_LIST(Kind.READ),
    /** A year's transparency report: figures with no personal data, to publish (audited). */
    REPORT_TRANSPARENCY(Kind.CHANGE),
    /** The dashboard's figures of notification and breaches by month, across every case. */
    REPORT_FIGURES(Kind.READ),
    // SavedViewService
    /** The views of the cases table the person signed in saved. */
    VIEW_LIST(Kind.READ),
    /** A view of the cases table saved by its owner: a preference, not a fact of a case. */
    VIEW_SAVE(Kind.CHANGE),
    VIEW_DELETE(Kind.CHANGE),
    // SearchService
    /** The search over the cases' text, notes, tasks, annotations and past events. */
    SEARCH(Kind.READ),
    /** The evidence items' text extracted for the search: housekeeping that changes no fact of a case. */
    SEARCH_INDEX(Kind.CHANGE),
    // UserService
    USER_LIST(Kind.READ),
    USER_ADD(Kind.CHANGE),
    USER_ROLE_CHANGE(Kind.CHANGE),
    /** Deactivating an account, or letting it sign in again. */
    USER_ACTIVATION(Kind.CHANGE),
    /** Setting someone else's password. */
    PASSWORD_RESET(Kind.CHANGE),
    PASSWORD_CHANGE_OWN(Kind.CHANGE),
    CASE_ASSIGN(Kind.CHANGE),
    CASE_UNASSIGN(Kind.CHANGE),
    CASE_ASSIGNMENTS(Kind.READ);

    private enum Kind { READ, CHANGE }

    private final Kind kind;

    UseCase(Kind kind) {
        this.kind = kind;
    }

    /** True when the use case only reads: it runs in a read-only transaction and changes nothing. */
    public boolean onlyReads() {
        return kind == Kind.READ;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
