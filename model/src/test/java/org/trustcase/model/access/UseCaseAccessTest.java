package org.trustcase.model.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trustcase.model.assessment.AssessmentService;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.assessment.DecisionRecordedGuard;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.auditing.AuditService;
import org.trustcase.model.caseclocks.CaseClockService;
import org.trustcase.model.caseclocks.CaseClocks;
import org.trustcase.model.caseclocks.ClockIndexer;
import org.trustcase.model.caseclocks.DeadlineBoard;
import org.trustcase.model.caselist.CaseListService;
import org.trustcase.model.caselist.CaseQuery;
import org.trustcase.model.testing.InMemoryCaseQueries;
import org.trustcase.model.testing.InMemoryClockIndex;
import org.trustcase.model.caseclocks.LegalClocksSettledGuard;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.Role;
import org.trustcase.model.common.TrustcaseException;
import org.trustcase.model.deadlines.ClockEngine;
import org.trustcase.model.deadlines.DeadlineEvent;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityInputs;
import org.trustcase.model.severity.SeverityMethod;
import org.trustcase.model.testing.Cases;
import org.trustcase.model.testing.DirectTransactions;
import org.trustcase.model.testing.InMemoryAssessments;
import org.trustcase.model.testing.InMemoryAuditLog;
import org.trustcase.model.testing.InMemoryCaseClocks;
import org.trustcase.model.testing.InMemoryCaseRepository;
import org.trustcase.model.testing.InMemoryDecisions;
import org.trustcase.model.testing.MutableClock;
import org.trustcase.model.workflow.Guards;
import org.trustcase.model.workflow.TransitionGuard;
import org.trustcase.model.workflow.Workflow;
import org.trustcase.model.testing.InMemoryUsers;
import org.trustcase.model.users.UserAccount;
import org.trustcase.model.users.UserService;

/**
 * Every use case of every service starts with one access check naming its use case and case, and
 * a refusal stops it: the refusal is audited in a transaction of its own and nothing else changes.
 * The table below must name every {@link UseCase} and every public method of the services.
 */
class UseCaseAccessTest {
    private static final Actor DPO = new Actor("anna", "Anna Nowak", Set.of(Role.DPO));
    private static final Set<Class<?>> SERVICES =
            Set.of(CaseService.class, AssessmentService.class, CaseClockService.class, AuditService.class,
                    CaseListService.class, DeadlineBoard.class, UserService.class,
                    org.trustcase.model.evidence.EvidenceService.class,
                    org.trustcase.model.notifications.RecipientService.class,
                    org.trustcase.model.organisation.OrganisationService.class,
                    org.trustcase.model.notifications.NotificationService.class,
                    org.trustcase.model.notifications.LetterService.class,
                    org.trustcase.model.tasks.TaskService.class, org.trustcase.model.tasks.PlaybookService.class,
                    org.trustcase.model.tasks.NoteService.class,
                    org.trustcase.model.timeline.TimelineService.class,
                    org.trustcase.model.search.SearchService.class,
                    org.trustcase.model.caselist.SavedViewService.class,
                    org.trustcase.model.reports.ReportService.class);
    /**
     * Public methods of the services that are not use cases: they hand out pure calculators, no data; or they sign
     * in, when nobody can be asked about yet (each checks a password or the absence of any account instead).
     */
    private static final Set<String> NOT_USE_CASES = Set.of("CaseClockService.engine", "AssessmentService.method",
            "UserService.noAccounts", "UserService.authenticate", "UserService.signIn", "UserService.signOut",
            "UserService.addFirstDpo", "UserService.addDemoAccount");
    private static final DecisionDraft NOTIFY_BOTH = new DecisionDraft(true, "High risk to customers' finances", true,
            "Customers must block their cards", null, null);

    /** One use case: which service method performs it, whether it concerns the fixture's case, how to call it. */
    record Call(UseCase useCase, Class<?> service, String method, boolean ofTheCase, Consumer<World> run) {
        String methodName() {
            return service.getSimpleName() + "." + method;
        }

        @Override
        public String toString() {
            return useCase.code() + " (" + methodName() + ")";
        }
    }

    static List<Call> table() {
        return List.of(
                new Call(UseCase.CASE_OPEN, CaseService.class, "open", false, w -> w.cases.open(Cases.minimal())),
                new Call(UseCase.CASE_UPDATE, CaseService.class, "update", true, w -> w.cases.update(w.ref,
                        w.opened.version(), w.opened.details().toBuilder().owner("Jan Kowalski").build())),
                new Call(UseCase.CASE_MOVE, CaseService.class, "move", true,
                        w -> w.cases.move(w.ref, null, CaseStatus.TRIAGE, null)),
                new Call(UseCase.CASE_GET, CaseService.class, "get", true, w -> w.cases.get(w.ref)),
                new Call(UseCase.CASE_OPTIONS, CaseService.class, "options", true, w -> w.cases.options(w.opened)),
                new Call(UseCase.ASSESSMENT_RECORD, AssessmentService.class, "assess", true,
                        w -> w.assessments.assess(w.ref, low(), "Inconvenience only")),
                new Call(UseCase.ASSESSMENT_LIST, AssessmentService.class, "assessments", true,
                        w -> w.assessments.assessments(w.ref)),
                new Call(UseCase.ASSESSMENT_COMPARE, AssessmentService.class, "compare", true,
                        w -> w.assessments.compare(w.ref, 1, 1)),
                new Call(UseCase.SUGGESTION_GET, AssessmentService.class, "suggest", true,
                        w -> w.assessments.suggest(w.ref)),
                new Call(UseCase.DECISION_RECORD, AssessmentService.class, "decide", true,
                        w -> w.assessments.decide(w.ref, NOTIFY_BOTH)),
                new Call(UseCase.DECISION_LIST, AssessmentService.class, "decisions", true,
                        w -> w.assessments.decisions(w.ref)),
                new Call(UseCase.DECISION_SIGN_OFF, AssessmentService.class, "signOff", true,
                        w -> w.assessments.signOff(w.ref, 1)),
                new Call(UseCase.CLOCK_LIST, CaseClockService.class, "list", true, w -> w.clocks.list(w.ref)),
                new Call(UseCase.CLOCK_FACTS, CaseClockService.class, "facts", true, w -> w.clocks.facts(w.ref)),
                new Call(UseCase.EVENT_RECORD, CaseClockService.class, "recordEvent", true,
                        w -> w.clocks.recordEvent(w.ref, DeadlineEvent.AWARE, Instant.parse("2026-03-27T12:00:00Z"))),
                new Call(UseCase.FLAGS_SET, CaseClockService.class, "setFlags", true,
                        w -> w.clocks.setFlags(w.ref, Set.of("nis2-entity"))),
                new Call(UseCase.CLOCK_MEET, CaseClockService.class, "meet", true,
                        w -> w.clocks.meet(w.ref, "GDPR-SA", Instant.parse("2026-03-28T08:00:00Z"), null)),
                new Call(UseCase.CLOCK_WAIVE, CaseClockService.class, "waive", true,
                        w -> w.clocks.waive(w.ref, "GDPR-DS", "Art. 34(3)(a): the data were encrypted")),
                new Call(UseCase.CLOCK_CORRECT, CaseClockService.class, "correct", true,
                        w -> w.clocks.correct(w.ref, "GDPR-SA", org.trustcase.model.caseclocks.ClockOutcome.Kind.WITHDRAWN,
                                null, null, "Marked on the wrong case")),
                new Call(UseCase.CASE_LIST, CaseListService.class, "page", false,
                        w -> w.lists.page(CaseQuery.ALL, 0, 10)),
                new Call(UseCase.CASE_COUNT, CaseListService.class, "count", false, w -> w.lists.count(CaseQuery.ALL)),
                new Call(UseCase.CASE_EXPORT, CaseListService.class, "forEach", false,
                        w -> w.lists.forEach(CaseQuery.ALL, c -> { })),
                new Call(UseCase.CASE_EXPORT_TO_FILE, CaseListService.class, "exportToFile", false,
                        w -> w.lists.exportToFile(CaseQuery.ALL, "cases.csv", query -> 0)),
                new Call(UseCase.CASE_FIGURES, CaseListService.class, "figures", false,
                        w -> w.lists.figures(java.time.ZoneOffset.UTC)),
                new Call(UseCase.DEADLINE_COUNTS, DeadlineBoard.class, "counts", false, w -> w.board.counts()),
                new Call(UseCase.DEADLINE_LIST, DeadlineBoard.class, "page", false, w -> w.board.page(true, 0, 10)),
                new Call(UseCase.DEADLINE_ROWS, DeadlineBoard.class, "rowsOf", false, w -> w.board.rowsOf(List.of())),
                new Call(UseCase.DEADLINE_ALERTS, DeadlineBoard.class, "entered", false,
                        w -> w.board.entered(null, w.clock.instant(), 3)),
                new Call(UseCase.DEADLINE_INDEX_CHECK, DeadlineBoard.class, "indexIsCurrent", false,
                        w -> w.board.indexIsCurrent()),
                new Call(UseCase.DEADLINE_INDEX_REBUILD, DeadlineBoard.class, "rebuildIndex", false,
                        w -> w.board.rebuildIndex(ClockIndexer.Progress.NONE)),
                new Call(UseCase.DEADLINE_INDEX_MARK, DeadlineBoard.class, "markIndexCurrent", false,
                        w -> w.board.markIndexCurrent()),
                new Call(UseCase.AUDIT_ALL, AuditService.class, "all", false, w -> w.audit.all()),
                new Call(UseCase.AUDIT_OF_CASE, AuditService.class, "ofCase", true,
                        w -> w.audit.ofCase(w.ref.toString())),
                new Call(UseCase.AUDIT_SEARCH, AuditService.class, "search", false,
                        w -> w.audit.search(org.trustcase.model.audit.AuditQuery.ALL, Long.MAX_VALUE, 10)),
                new Call(UseCase.AUDIT_VERIFY, AuditService.class, "verify", false, w -> w.audit.verify()),
                new Call(UseCase.AUDIT_CHECKPOINT, AuditService.class, "checkpoint", false,
                        w -> w.audit.checkpoint()),
                new Call(UseCase.AUDIT_PUBLIC_KEY, AuditService.class, "publicKey", false, w -> w.audit.publicKey()),
                new Call(UseCase.AUDIT_EXPORT, AuditService.class, "export", false, w -> w.audit.export(link -> { })),
                new Call(UseCase.WORKSPACE_BACKUP, AuditService.class, "checkpointForBackup", false,
                        w -> w.audit.checkpointForBackup()),
                new Call(UseCase.EVIDENCE_ADD, org.trustcase.model.evidence.EvidenceService.class, "add", true,
                        w -> w.evidence.add(w.ref, new java.io.ByteArrayInputStream("log".getBytes()), "log.txt",
                                null, null, bytes -> true)),
                new Call(UseCase.EVIDENCE_LIST, org.trustcase.model.evidence.EvidenceService.class, "list", true,
                        w -> w.evidence.list(w.ref)),
                new Call(UseCase.EVIDENCE_CUSTODY, org.trustcase.model.evidence.EvidenceService.class, "custody", false,
                        w -> w.evidence.custody(1)),
                new Call(UseCase.EVIDENCE_VERIFY, org.trustcase.model.evidence.EvidenceService.class, "verify", true,
                        w -> w.evidence.verify(w.ref)),
                new Call(UseCase.EVIDENCE_ANNOTATE, org.trustcase.model.evidence.EvidenceService.class, "annotate",
                        false, w -> w.evidence.annotate(1, "Shows the export of the whole table",
                                new org.trustcase.model.evidence.Annotation.Whole(), List.of("exfiltration"), true)),
                new Call(UseCase.EVIDENCE_ANNOTATIONS, org.trustcase.model.evidence.EvidenceService.class,
                        "annotations", false, w -> w.evidence.annotations(1)),
                new Call(UseCase.EVIDENCE_ANNOTATION_EDIT, org.trustcase.model.evidence.EvidenceService.class,
                        "editAnnotation", false, w -> w.evidence.editAnnotation(1, "Shows the export of every table",
                                List.of("exfiltration"), true)),
                new Call(UseCase.EVIDENCE_ANNOTATION_HISTORY, org.trustcase.model.evidence.EvidenceService.class,
                        "annotationHistory", false, w -> w.evidence.annotationHistory(1)),
                new Call(UseCase.EVIDENCE_CASE_ANNOTATIONS, org.trustcase.model.evidence.EvidenceService.class,
                        "caseAnnotations", true, w -> w.evidence.caseAnnotations(w.ref)),
                new Call(UseCase.EVIDENCE_VIEW, org.trustcase.model.evidence.EvidenceService.class, "view", false,
                        w -> w.evidence.view(1, "Reading the log")),
                new Call(UseCase.EVIDENCE_DISPOSE, org.trustcase.model.evidence.EvidenceService.class, "dispose",
                        false, w -> w.evidence.dispose(1, "Retention period ended")),
                new Call(UseCase.EVIDENCE_EXPORT, org.trustcase.model.evidence.EvidenceService.class, "exportBundle",
                        true, w -> w.evidence.exportBundle(w.ref, new org.trustcase.model.testing.InMemoryBundle(),
                                "UODO", null)),
                new Call(UseCase.EVIDENCE_IMPORT_BUNDLE, org.trustcase.model.evidence.EvidenceService.class,
                        "importBundle", true, w -> {
                            org.trustcase.model.testing.InMemoryBundle bundle =
                                    new org.trustcase.model.testing.InMemoryBundle();
                            bundle.finish(new org.trustcase.model.evidence.EvidenceBundle.Header(w.ref,
                                    java.time.Instant.parse("2026-03-02T10:00:00Z"), "Julia Kaczmarek"));
                            w.evidence.importBundle(bundle, w.ref, null);
                        }),
                new Call(UseCase.EVIDENCE_RECONCILE, org.trustcase.model.evidence.EvidenceService.class, "reconcile",
                        false, w -> {
                            // the fixture's file goes missing for the while of the call: reconcile marks its item
                            String sha256 = w.evidenceStore.find(1).orElseThrow().sha256();
                            w.evidenceStore.remove(sha256);
                            try {
                                w.evidence.reconcile();
                            } finally {
                                w.evidenceStore.overwrite(sha256, "server log".getBytes());
                            }
                        }),
                new Call(UseCase.ORGANISATION_SHOW, org.trustcase.model.organisation.OrganisationService.class,
                        "profile", false, w -> w.organisation.profile()),
                new Call(UseCase.ORGANISATION_UPDATE, org.trustcase.model.organisation.OrganisationService.class,
                        "update", false, w -> w.organisation.update(new org.trustcase.model.organisation
                                .OrganisationProfile("Acme", "", "", "Julia", "dpo@acme.example", "", null, "UTC",
                                        "en", Set.of()))),
                new Call(UseCase.RECIPIENT_IMPORT, org.trustcase.model.notifications.RecipientService.class,
                        "importRecipients", true, w -> w.recipients.importRecipients(w.ref, recipientFile(
                                List.of("name", "email"), List.of("Anna Nowak", "anna@example.pl")), false)),
                new Call(UseCase.RECIPIENT_LIST, org.trustcase.model.notifications.RecipientService.class, "list",
                        true, w -> w.recipients.list(w.ref, null, 0, 10)),
                new Call(UseCase.RECIPIENT_COUNTS, org.trustcase.model.notifications.RecipientService.class,
                        "counts", true, w -> w.recipients.counts(w.ref)),
                new Call(UseCase.RECIPIENT_RESIDENCES, org.trustcase.model.notifications.RecipientService.class,
                        "residences", true, w -> w.recipients.residences(w.ref)),
                new Call(UseCase.RECIPIENT_STATUS, org.trustcase.model.notifications.RecipientService.class,
                        "updateStatuses", true, w -> w.recipients.updateStatuses(w.ref, recipientFile(
                                List.of("email", "status", "at"), List.of("jan@example.pl", "sent",
                                        "2026-03-01T10:00:00Z")))),
                new Call(UseCase.RECIPIENT_STATUS_SET, org.trustcase.model.notifications.RecipientService.class,
                        "setStatus", true, w -> w.recipients.setStatus(w.ref, List.of(1L),
                                org.trustcase.model.notifications.RecipientStatus.DELIVERED, w.clock.instant(), "post")),
                new Call(UseCase.AUTHORITY_DRAFT_SHOW, org.trustcase.model.notifications.NotificationService.class,
                        "draft", true, w -> w.notifications.draft(w.ref)),
                new Call(UseCase.AUTHORITY_DRAFT_SAVE, org.trustcase.model.notifications.NotificationService.class,
                        "saveDraft", true, w -> w.notifications.saveDraft(w.ref,
                                new org.trustcase.model.notifications.AuthorityDraft("Laptop stolen", null, "Warsaw",
                                        null, null, null, null, null, null, true, false, false, null, null))),
                new Call(UseCase.NOTIFICATION_RECORD, org.trustcase.model.notifications.NotificationService.class,
                        "record", true, w -> w.notifications.record(w.ref,
                                new org.trustcase.model.notifications.NotificationService.Notice(
                                        org.trustcase.model.notifications.NotificationTarget.AUTHORITY, "UODO",
                                        org.trustcase.model.notifications.NotificationPhase.INITIAL,
                                        w.clock.instant(), "biznes.gov.pl", null, "Forensics took time", null,
                                        null))),
                new Call(UseCase.NOTIFICATION_LIST, org.trustcase.model.notifications.NotificationService.class,
                        "list", true, w -> w.notifications.list(w.ref)),
                new Call(UseCase.LETTER_TEMPLATE_LIST, org.trustcase.model.notifications.LetterService.class,
                        "templates", false, w -> w.letters.templates()),
                new Call(UseCase.LETTER_TEMPLATE_SAVE, org.trustcase.model.notifications.LetterService.class,
                        "saveTemplate", false, w -> w.letters.saveTemplate(TEMPLATE)),
                new Call(UseCase.LETTER_TEMPLATE_APPROVE, org.trustcase.model.notifications.LetterService.class,
                        "approveTemplate", false, w -> w.letters.approveTemplate("customers", "en")),
                new Call(UseCase.LETTER_CONTEXT, org.trustcase.model.notifications.LetterService.class, "context",
                        true, w -> w.letters.context(w.ref)),
                new Call(UseCase.LETTER_PREPARE, org.trustcase.model.notifications.LetterService.class, "prepare",
                        true, w -> w.letters.prepare(w.ref, "customers")),
                new Call(UseCase.LETTER_BATCH_RECIPIENTS, org.trustcase.model.notifications.LetterService.class,
                        "batchRecipients", true, w -> w.letters.batchRecipients(w.ref, 1, 0, 10)),
                new Call(UseCase.LETTER_BATCH_LIST, org.trustcase.model.notifications.LetterService.class,
                        "batches", true, w -> w.letters.batches(w.ref)),
                new Call(UseCase.LETTER_MARK_SENT, org.trustcase.model.notifications.LetterService.class,
                        "markSent", true, w -> w.letters.markSent(w.ref, 1, w.clock.instant(), "e-mail",
                                "Forensics took time")),
                new Call(UseCase.TASK_ADD, org.trustcase.model.tasks.TaskService.class, "add", true,
                        w -> w.tasks.add(w.ref, new org.trustcase.model.tasks.TaskService.NewTask(null,
                                "Notify UODO", null, null, null, "GDPR-SA"))),
                new Call(UseCase.TASK_LIST, org.trustcase.model.tasks.TaskService.class, "list", true,
                        w -> w.tasks.list(w.ref)),
                new Call(UseCase.TASK_STATUS, org.trustcase.model.tasks.TaskService.class, "setStatus", false,
                        w -> w.tasks.setStatus(1, org.trustcase.model.tasks.TaskStatus.DONE, null)),
                new Call(UseCase.PLAYBOOK_LIST, org.trustcase.model.tasks.PlaybookService.class, "list", false,
                        w -> w.playbooks.list()),
                new Call(UseCase.PLAYBOOK_APPLY, org.trustcase.model.tasks.PlaybookService.class, "apply", true,
                        w -> w.playbooks.apply(w.ref, "ransomware")),
                new Call(UseCase.PLAYBOOK_SAVE, org.trustcase.model.tasks.PlaybookService.class, "save", false,
                        w -> w.playbooks.save(PLAYBOOK)),
                new Call(UseCase.NOTE_ADD, org.trustcase.model.tasks.NoteService.class, "add", true,
                        w -> w.notes.add(w.ref, "First login at 03:12", List.of())),
                new Call(UseCase.NOTE_EDIT, org.trustcase.model.tasks.NoteService.class, "edit", false,
                        w -> w.notes.edit(1, "First login at 03:14", List.of())),
                new Call(UseCase.NOTE_LIST, org.trustcase.model.tasks.NoteService.class, "list", true,
                        w -> w.notes.list(w.ref)),
                new Call(UseCase.TIMELINE_SHOW, org.trustcase.model.timeline.TimelineService.class, "timeline", true,
                        w -> w.timeline.timeline(w.ref)),
                new Call(UseCase.SEARCH, org.trustcase.model.search.SearchService.class, "search", false,
                        w -> w.search.search("login", 20)),
                new Call(UseCase.SEARCH_INDEX, org.trustcase.model.search.SearchService.class, "indexEvidence", false,
                        w -> w.search.indexEvidence((content, type, name) -> java.util.Optional.of("text"))),
                new Call(UseCase.REPORT_CASE, org.trustcase.model.reports.ReportService.class, "caseSummary", true,
                        w -> w.reports.caseSummary(w.ref, false)),
                new Call(UseCase.REGISTER_EXPORT, org.trustcase.model.reports.ReportService.class, "register", false,
                        w -> w.reports.register(Instant.parse("2026-01-01T00:00:00Z"),
                                Instant.parse("2027-01-01T00:00:00Z"), row -> { })),
                new Call(UseCase.REPORT_TRANSPARENCY, org.trustcase.model.reports.ReportService.class, "transparency",
                        false, w -> w.reports.transparency(2026, Instant.parse("2026-01-01T00:00:00Z"),
                                Instant.parse("2027-01-01T00:00:00Z"))),
                new Call(UseCase.REPORT_FIGURES, org.trustcase.model.reports.ReportService.class, "dashboard", false,
                        w -> w.reports.dashboard(2026, Instant.parse("2026-01-01T00:00:00Z"),
                                Instant.parse("2027-01-01T00:00:00Z"), java.time.YearMonth.of(2026, 3), 12)),
                new Call(UseCase.REGISTER_LIST, org.trustcase.model.reports.ReportService.class, "registerPage", false,
                        w -> w.reports.registerPage(Instant.parse("2026-01-01T00:00:00Z"),
                                Instant.parse("2027-01-01T00:00:00Z"), 0, 50)),
                new Call(UseCase.VIEW_LIST, org.trustcase.model.caselist.SavedViewService.class, "list", false,
                        w -> w.views.list()),
                new Call(UseCase.VIEW_SAVE, org.trustcase.model.caselist.SavedViewService.class, "save", false,
                        w -> w.views.save("Overdue in Poland", java.util.Map.of("overdue", "true"))),
                new Call(UseCase.VIEW_DELETE, org.trustcase.model.caselist.SavedViewService.class, "delete", false,
                        w -> w.views.delete("Mine")),
                new Call(UseCase.PAST_EVENT_RECORD, org.trustcase.model.timeline.TimelineService.class, "addEvent",
                        true, w -> w.timeline.addEvent(w.ref, w.clock.instant().minusSeconds(3600),
                                "Attacker's first login", "VPN log", org.trustcase.model.timeline.Confidence.PROBABLE)),
                new Call(UseCase.USER_LIST, UserService.class, "list", false, w -> w.users.list()),
                new Call(UseCase.USER_ADD, UserService.class, "add", false,
                        w -> w.users.add("marek", "Marek Lis", Role.MANAGER, "long enough".toCharArray())),
                new Call(UseCase.USER_ROLE_CHANGE, UserService.class, "changeRole", false,
                        w -> w.users.changeRole("reviewer", Role.MANAGER)),
                new Call(UseCase.USER_ACTIVATION, UserService.class, "setActive", false,
                        w -> w.users.setActive("reviewer", false, "Left the company")),
                new Call(UseCase.PASSWORD_RESET, UserService.class, "changePassword", false,
                        w -> w.users.changePassword("ewa", null, "a new password".toCharArray())),
                new Call(UseCase.PASSWORD_CHANGE_OWN, UserService.class, "changePassword", false,
                        w -> w.users.changePassword(w.acting.id(), "secret password".toCharArray(),
                                "a new password".toCharArray())),
                new Call(UseCase.CASE_ASSIGN, UserService.class, "assign", true, w -> w.users.assign(w.ref, "reviewer")),
                new Call(UseCase.CASE_UNASSIGN, UserService.class, "unassign", true,
                        w -> w.users.unassign(w.ref, "reviewer")),
                new Call(UseCase.CASE_ASSIGNMENTS, UserService.class, "assigned", true, w -> w.users.assigned(w.ref)));
    }

    private static final org.trustcase.model.notifications.LetterTemplate TEMPLATE =
            new org.trustcase.model.notifications.LetterTemplate("customers", "en",
                    org.trustcase.model.notifications.LetterKind.DATA_SUBJECT, "About {{case.reference}}",
                    "Dear {{recipient.name}}", null, null);

    private static final org.trustcase.model.tasks.Playbook PLAYBOOK = new org.trustcase.model.tasks.Playbook(
            "ransomware", "Ransomware", null, List.of(new org.trustcase.model.tasks.Playbook.Step("Containment",
                    "Isolate the systems", null, null)), null, null);

    @Test
    void theTableNamesEveryUseCaseOnce() {
        List<UseCase> named = table().stream().map(Call::useCase).toList();
        assertThat(named).doesNotHaveDuplicates().containsExactlyInAnyOrder(UseCase.values());
    }

    /** A recipient file of one row under {@code header}. */
    static org.trustcase.model.notifications.RecipientService.RowFile recipientFile(List<String> header,
            List<String> row) {
        java.util.Map<String, String> cells = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), row.get(i));
        }
        return new org.trustcase.model.notifications.RecipientService.RowFile("recipients.csv", "ab".repeat(32),
                header, List.of(new org.trustcase.model.notifications.RecipientRow(2, cells)));
    }

    @Test
    void theTableNamesEveryPublicMethodOfTheServices() {
        Set<String> publicMethods = new TreeSet<>();
        for (Class<?> service : SERVICES) {
            for (Method method : service.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic()) {
                    publicMethods.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        publicMethods.removeAll(NOT_USE_CASES);
        Set<String> named = table().stream().map(Call::methodName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(named).isEqualTo(publicMethods);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachUseCaseAsksThePolicyOnceWithItsUseCaseAndCase(Call call) {
        World world = new World();
        int transactionsBefore = world.transactions.count();
        int readsBefore = world.transactions.reads();

        try {
            call.run().accept(world);
        } catch (TrustcaseException outcomeAfterTheCheck) {
            // a rule of the use case itself may refuse the fixture's request; the check came first
        }

        assertThat(world.policy.checks).containsExactly(
                new Check(DPO, call.useCase(), call.ofTheCase() ? world.ref : null));
        int writes = (world.transactions.count() - transactionsBefore) - (world.transactions.reads() - readsBefore);
        if (call.useCase().onlyReads()) {
            assertThat(world.transactions.reads() - readsBefore).as("read-only transactions").isPositive();
            assertThat(writes).as("write transactions of a read").isZero();
        } else {
            assertThat(writes).as("write transactions").isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void aRefusalStopsTheUseCaseAndIsAuditedInATransactionOfItsOwn(Call call) {
        World world = new World();
        world.policy.refuseWith(Decision.refuse("role-required", "legal-reviewer"));
        List<Object> stateBefore = world.state();
        List<AuditEvent> trailBefore = world.auditLog.list();
        int transactionsBefore = world.transactions.count();
        CaseReference expectedCase = call.ofTheCase() ? world.ref : null;

        assertThatThrownBy(() -> call.run().accept(world))
                .isInstanceOfSatisfying(AccessDeniedException.class, denied -> {
                    assertThat(denied.useCase()).isEqualTo(call.useCase());
                    assertThat(denied.caseReference()).isEqualTo(expectedCase);
                    assertThat(denied.code()).isEqualTo("role-required");
                    assertThat(denied.arguments()).containsExactly("legal-reviewer");
                });

        assertThat(world.state()).as("nothing but the trail changed").isEqualTo(stateBefore);
        assertThat(world.transactions.count() - transactionsBefore).as("only the refusal's transaction").isEqualTo(1);
        assertThat(world.transactions.reads()).as("no read either").isEqualTo(world.readsAtStart);
        List<AuditEvent> trail = world.auditLog.list();
        assertThat(trail).hasSize(trailBefore.size() + 1).startsWith(trailBefore.toArray(AuditEvent[]::new));
        AuditEvent refusal = trail.get(trail.size() - 1);
        assertThat(refusal.action()).isEqualTo(AuditAction.ACCESS_REFUSED);
        assertThat(refusal.actor()).isEqualTo("Anna Nowak");
        assertThat(refusal.caseReference()).isEqualTo(expectedCase == null ? null : expectedCase.toString());
        assertThat(refusal.changes()).containsExactly(new FieldChange("useCase", null, call.useCase().code()),
                new FieldChange("refusal", null, "role-required"),
                new FieldChange("refusalArguments", null, "legal-reviewer"));
    }

    @Test
    void aRefusalInsideACallersTransactionIsRecordedWhenThatTransactionEndsEitherWay() {
        World world = new World();
        world.policy.refuseWith(Decision.refuse("not-assigned"));
        int before = world.auditLog.list().size();

        // the caller's transaction fails with the refusal: the refusal is recorded after its rollback
        assertThatThrownBy(() -> world.transactions.inTransaction(() -> world.cases.get(world.ref)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(world.auditLog.list()).hasSize(before + 1).last().extracting(AuditEvent::action)
                .isEqualTo(AuditAction.ACCESS_REFUSED);

        // the caller handles the refusal and commits: the refusal is recorded once, after the commit
        world.transactions.inTransaction(() -> {
            assertThatThrownBy(() -> world.cases.get(world.ref)).isInstanceOf(AccessDeniedException.class);
            assertThat(world.auditLog.list()).hasSize(before + 1);
            return null;
        });
        assertThat(world.auditLog.list()).hasSize(before + 2);
    }

    private static SeverityInputs high() {
        return new SeverityInputs(DataType.FINANCIAL, List.of(), IdentificationEase.MAXIMUM, new BigDecimal("0.5"),
                BigDecimal.ZERO, BigDecimal.ZERO, true);
    }

    private static SeverityInputs low() {
        return new SeverityInputs(DataType.SIMPLE, List.of(), IdentificationEase.LIMITED, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, false);
    }

    record Check(Actor actor, UseCase useCase, CaseReference caseReference) {
    }

    /** Records every question and answers with an allowance or a refusal. */
    static final class RecordingPolicy implements Policy {
        final List<Check> checks = new ArrayList<>();
        private Policy answer = (actor, useCase, caseReference) -> Decision.allow();

        void refuseWith(Decision refusal) {
            answer = (actor, useCase, caseReference) -> refusal;
        }

        /** Answers as {@code policy} does (and still records the questions). */
        void answerAs(Policy policy) {
            answer = policy;
        }

        @Override
        public Decision check(Actor actor, UseCase useCase, CaseReference caseReference) {
            checks.add(new Check(actor, useCase, caseReference));
            return answer.check(actor, useCase, caseReference);
        }
    }

    /** The four services over in-memory repositories, with a Polish case assessed and decided. */
    static final class World {
        final MutableClock clock = new MutableClock(Instant.parse("2026-03-28T09:00:00Z"));
        final InMemoryCaseRepository caseRepository = new InMemoryCaseRepository();
        final InMemoryAssessments assessmentRepository = new InMemoryAssessments();
        final InMemoryDecisions decisionRepository = new InMemoryDecisions();
        final InMemoryCaseClocks clockRepository = new InMemoryCaseClocks();
        final InMemoryAuditLog auditLog = new InMemoryAuditLog();
        final DirectTransactions transactions = new DirectTransactions();
        /** Who acts: the DPO unless a test says otherwise ({@link #actAs}). */
        Actor acting = DPO;
        final Session session = Session.signedIn(DPO);
        final InMemoryUsers userStore = new InMemoryUsers();
        final AuditTrail trail = new AuditTrail(auditLog, clock, () -> acting);
        final RecordingPolicy policy = new RecordingPolicy();
        final AccessControl access = new AccessControl(policy, () -> acting, trail, transactions, transactions);
        final CaseClocks caseClocks = new CaseClocks(ClockEngine.standard());
        final CaseService cases;
        final AssessmentService assessments;
        final CaseClockService clocks;
        final AuditService audit;
        final InMemoryClockIndex index = new InMemoryClockIndex(caseRepository);
        final CaseListService lists;
        final DeadlineBoard board;
        final UserService users;
        final org.trustcase.model.testing.InMemoryEvidence evidenceStore = new org.trustcase.model.testing.InMemoryEvidence();
        final org.trustcase.model.evidence.EvidenceService evidence;
        final org.trustcase.model.testing.InMemoryRecipients recipientStore =
                new org.trustcase.model.testing.InMemoryRecipients();
        final org.trustcase.model.notifications.RecipientService recipients;
        final org.trustcase.model.testing.InMemoryOrganisation organisationStore =
                new org.trustcase.model.testing.InMemoryOrganisation();
        final org.trustcase.model.organisation.OrganisationService organisation;
        final org.trustcase.model.testing.InMemoryNotifications notificationStore =
                new org.trustcase.model.testing.InMemoryNotifications();
        final org.trustcase.model.notifications.NotificationService notifications;
        final org.trustcase.model.notifications.LetterService letters;
        final org.trustcase.model.testing.InMemoryTasks taskStore = new org.trustcase.model.testing.InMemoryTasks();
        final org.trustcase.model.tasks.TaskService tasks;
        final org.trustcase.model.testing.InMemoryPlaybooks playbookStore =
                new org.trustcase.model.testing.InMemoryPlaybooks();
        final org.trustcase.model.tasks.PlaybookService playbooks;
        final org.trustcase.model.testing.InMemoryNotes noteStore = new org.trustcase.model.testing.InMemoryNotes();
        final org.trustcase.model.tasks.NoteService notes;
        final org.trustcase.model.testing.InMemoryPastEvents pastEventStore =
                new org.trustcase.model.testing.InMemoryPastEvents();
        final org.trustcase.model.timeline.TimelineService timeline;
        final org.trustcase.model.search.SearchService search;
        final InMemoryEvidenceTexts evidenceTexts = new InMemoryEvidenceTexts();
        final org.trustcase.model.testing.InMemorySavedViews viewStore = new org.trustcase.model.testing.InMemorySavedViews();
        final org.trustcase.model.caselist.SavedViewService views;
        final org.trustcase.model.reports.ReportService reports;
        final BreachCase opened;
        final CaseReference ref;
        final int readsAtStart;

        World() {
            List<TransitionGuard> guards = new ArrayList<>(Guards.standard());
            guards.add(new DecisionRecordedGuard(assessmentRepository, decisionRepository));
            guards.add(new LegalClocksSettledGuard(clockRepository, assessmentRepository, decisionRepository,
                    caseClocks, clock));
            cases = new CaseService(caseRepository, trail, transactions, new Workflow(guards), clock, access);
            assessments = new AssessmentService(caseRepository, assessmentRepository, decisionRepository, trail,
                    transactions, SeverityMethod.standard(), clock, () -> DPO, access);
            clocks = new CaseClockService(caseRepository, clockRepository, assessmentRepository, decisionRepository,
                    caseClocks, trail, transactions, clock, () -> DPO, access);
            org.trustcase.model.audit.AuditChain chain = new org.trustcase.model.audit.AuditChain() {
                @Override
                public void read(java.util.function.Predicate<org.trustcase.model.audit.ChainLink> reader) {
                }

                @Override
                public org.trustcase.model.audit.ChainHead recordedHead() {
                    return org.trustcase.model.audit.ChainHead.EMPTY;
                }
            };
            org.trustcase.model.audit.CheckpointLog checkpoints = new org.trustcase.model.audit.CheckpointLog() {
                @Override
                public Reading read() {
                    return new Reading(List.of(), List.of());
                }

                @Override
                public org.trustcase.model.audit.Checkpoint sign(long events, String headHash, Instant at) {
                    return new org.trustcase.model.audit.Checkpoint(events, headHash, at, "signature");
                }

                @Override
                public String publicKey() {
                    return "public key";
                }

                @Override
                public org.trustcase.model.audit.CheckpointLog trusting(String publicKey) {
                    return this;
                }
            };
            audit = new AuditService(auditLog, trail, chain, checkpoints, new org.trustcase.model.audit.CheckpointSigner(chain,
                    checkpoints, trail, transactions, clock), new org.trustcase.model.auditing.RecordCheck(auditLog,
                    assessmentRepository, decisionRepository), transactions, access);
            lists = new CaseListService(new InMemoryCaseQueries(caseRepository), transactions, clock, access,
                    org.trustcase.model.deadlines.RuleCatalog::standard, trail);
            ClockIndexer indexer = new ClockIndexer(caseRepository, clockRepository, assessmentRepository,
                    decisionRepository, caseClocks, index, clock);
            board = new DeadlineBoard(index, indexer, transactions, clock, access);
            users = new UserService(userStore, userStore, caseRepository, userStore, trail, transactions, access,
                    session, clock);
            for (Actor someone : List.of(DPO, new Actor("reviewer", "reviewer", Set.of(Role.LEGAL_REVIEWER)),
                    new Actor("reviewer2", "reviewer2", Set.of(Role.LEGAL_REVIEWER)),
                    new Actor("manager", "manager", Set.of(Role.MANAGER)), new Actor("dpo", "dpo", Set.of(Role.DPO)),
                    new Actor("ewa", "ewa", Set.of(Role.LEGAL_REVIEWER)))) {
                Role role = someone.roles().iterator().next();
                userStore.add(new UserAccount(someone.id(), someone.name(), role, true, clock.instant()),
                        userStore.hash("secret password".toCharArray()));
            }
            evidence = new org.trustcase.model.evidence.EvidenceService(caseRepository, evidenceStore, evidenceStore,
                    trail, transactions, clock, access, () -> acting, userStore);
            recipients = new org.trustcase.model.notifications.RecipientService(caseRepository, recipientStore, trail,
                    transactions, access, clock);
            organisation = new org.trustcase.model.organisation.OrganisationService(organisationStore, trail,
                    transactions, access);
            org.trustcase.model.caseclocks.ClockSettlement settlement = new org.trustcase.model.caseclocks
                    .ClockSettlement(clockRepository, assessmentRepository, decisionRepository, caseClocks, trail,
                            () -> acting, org.trustcase.model.cases.CaseChangeListener.NONE);
            notifications = new org.trustcase.model.notifications.NotificationService(caseRepository,
                    assessmentRepository, notificationStore, settlement, trail, transactions, access, clock,
                    () -> acting);
            letters = new org.trustcase.model.notifications.LetterService(caseRepository, notificationStore,
                    notificationStore, recipientStore, organisationStore, notificationStore, assessmentRepository,
                    settlement, trail, transactions, access, clock, () -> acting);
            tasks = new org.trustcase.model.tasks.TaskService(caseRepository, taskStore, userStore, settlement,
                    org.trustcase.model.deadlines.RuleCatalog::standard, trail, transactions, access, clock,
                    () -> acting);
            playbooks = new org.trustcase.model.tasks.PlaybookService(caseRepository, playbookStore, taskStore,
                    org.trustcase.model.deadlines.RuleCatalog::standard, trail, transactions, access, clock,
                    () -> acting);
            playbookStore.put(PLAYBOOK);
            notes = new org.trustcase.model.tasks.NoteService(caseRepository, noteStore, evidenceStore, trail,
                    transactions, access, clock, () -> acting);
            timeline = new org.trustcase.model.timeline.TimelineService(caseRepository, pastEventStore,
                    clockRepository, taskStore, auditLog, trail, transactions, access, clock, () -> acting);
            search = new org.trustcase.model.search.SearchService((words, assignedTo, limit) -> List.of(),
                    evidenceTexts, evidenceStore, transactions, access);
            evidenceTexts.world = this;
            reports = new org.trustcase.model.reports.ReportService(new org.trustcase.model.reports.ReportSources(
                    caseRepository, assessmentRepository, decisionRepository, clockRepository, caseClocks,
                    notificationStore, recipientStore, evidenceStore, new org.trustcase.model.timeline.TimelineReader(
                            pastEventStore, clockRepository, taskStore, auditLog), checkpoints, userStore,
                    new org.trustcase.model.reports.ReportQueries() {
                        @Override
                        public org.trustcase.model.reports.TransparencyFigures transparency(int year, Instant from,
                                Instant to) {
                            return new org.trustcase.model.reports.TransparencyFigures(year, 0, 0, java.util.Map.of(),
                                    java.util.Map.of(), 0, 0, null, 0);
                        }

                        @Override
                        public List<org.trustcase.model.reports.MonthlyBreaches> monthly(java.time.YearMonth from,
                                java.time.YearMonth to) {
                            return List.of();
                        }
                    }), trail,
                    transactions,
                    access, clock, () -> acting);
            views = new org.trustcase.model.caselist.SavedViewService(viewStore, transactions, access, clock,
                    () -> acting);
            opened = cases.open(Cases.complete().toBuilder().jurisdictions(List.of(new Jurisdiction("PL"))).build());
            ref = opened.reference();
            assessments.assess(ref, high(), "Card fraud likely");
            assessments.decide(ref, NOTIFY_BOTH);
            evidence.add(ref, new java.io.ByteArrayInputStream("server log".getBytes()), "server.log", "SIEM",
                    "Shows the access", bytes -> true);
            recipientStore.insert(List.of(new org.trustcase.model.notifications.Recipient(0, ref, 2, "Jan",
                    "jan@example.pl", null, "en", java.util.Map.of(),
                    org.trustcase.model.notifications.RecipientStatus.PENDING, null, null)));
            notificationStore.put(TEMPLATE);
            notificationStore.addBatch(new org.trustcase.model.notifications.LetterBatch(0, ref, "customers",
                    org.trustcase.model.notifications.LetterKind.DATA_SUBJECT, 1, "Julia", clock.instant(), null, null));
            recipientStore.assignBatch(ref, 1);
            noteStore.add(new org.trustcase.model.tasks.CaseNote(0, ref, "First login", List.of(), DPO.name(),
                    clock.instant(), 0));
            taskStore.add(new org.trustcase.model.tasks.CaseTask(0, ref, 1, null, "Reset passwords", null, null, null,
                    null, org.trustcase.model.tasks.TaskStatus.OPEN, null, "Julia", clock.instant(), null, null));
            viewStore.save(new org.trustcase.model.caselist.SavedView(DPO.id(), "Mine", java.util.Map.of("text",
                    "payroll"), clock.instant()));
            viewStore.save(new org.trustcase.model.caselist.SavedView("reviewer", "Mine", java.util.Map.of(),
                    clock.instant()));
            viewStore.save(new org.trustcase.model.caselist.SavedView("manager", "Mine", java.util.Map.of(),
                    clock.instant()));
            policy.checks.clear();
            readsAtStart = transactions.reads();
        }

        /** Everything the use cases can change, except the audit trail. */
        List<Object> state() {
            return Stream.of(caseRepository.findAll(), assessmentRepository.list(ref), decisionRepository.list(ref),
                    clockRepository.facts(ref), userStore.state(), evidenceStore.state(), recipientStore.state(),
                    organisationStore.state(), notificationStore.state(), taskStore.state(),
                    playbookStore.state(), noteStore.state(), pastEventStore.state(),
                    viewStore.state(),
                    evidenceTexts.state())
                    .map(Object.class::cast).toList();
        }

        /** Someone else acts from now on, signed in. */
        void actAs(Actor actor) {
            acting = actor;
            session.signIn(actor);
        }
    }

    /** The items' texts in memory: every item of the world is without text until indexed. */
    static final class InMemoryEvidenceTexts implements org.trustcase.model.search.EvidenceTexts {
        final java.util.Map<Long, String> texts = new java.util.TreeMap<>();
        World world;

        @Override
        public List<org.trustcase.model.evidence.EvidenceItem> withoutText(int limit) {
            return world.evidenceStore.all().stream().filter(i -> !texts.containsKey(i.id())).limit(limit).toList();
        }

        @Override
        public void put(long itemId, String text) {
            texts.put(itemId, text);
        }

        List<Object> state() {
            return List.of(new java.util.TreeMap<>(texts));
        }
    }

    @Test
    void theTableAndTheUseCasesAgreeOnWhichOnlyRead() {
        // the read use cases are exactly those named as reads; a new use case must choose
        assertThat(Arrays.stream(UseCase.values()).filter(UseCase::onlyReads).map(UseCase::code))
                .containsExactlyInAnyOrder("case-get", "case-list", "case-count", "case-export", "case-figures",
                        "case-options", "assessment-list", "assessment-compare", "suggestion-get", "decision-list",
                        "clock-list", "clock-facts", "deadline-counts", "deadline-list", "deadline-rows",
                        "deadline-alerts", "deadline-index-check", "audit-all", "audit-of-case", "audit-search", "audit-verify",
                        "audit-public-key", "user-list", "case-assignments", "evidence-list", "evidence-custody", "evidence-annotations",
                        "evidence-annotation-history", "evidence-case-annotations",
                        "recipient-list", "recipient-counts", "recipient-residences", "organisation-show",
                        "authority-draft-show", "notification-list", "letter-template-list", "letter-context",
                        "letter-batch-recipients", "letter-batch-list", "task-list", "playbook-list", "note-list",
                        "timeline-show", "search", "view-list",
                        "report-figures", "register-list");
    }
}
