package org.trustcase.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.trustcase.model.assessment.AssessmentService;
import org.trustcase.model.audit.CheckpointSigner;
import org.trustcase.model.auditing.AuditService;
import org.trustcase.model.caseclocks.CaseClockService;
import org.trustcase.model.caseclocks.DeadlineBoard;
import org.trustcase.model.caselist.CaseListService;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.common.Actor;
import org.trustcase.model.access.Permissions;
import org.trustcase.model.access.Session;
import org.trustcase.model.users.UserService;
import org.trustcase.model.evidence.EvidenceService;

/**
 * What the screens and commands work with: the use cases of one open workspace, the clock and the
 * acting user. Built by the composition root; closing it releases the workspace.
 */
public final class AppContext implements AutoCloseable {
    private final CaseService cases;
    private final AssessmentService assessments;
    private final CaseClockService clocks;
    private final AuditService audit;
    private final CheckpointSigner checkpoints;
    private final CaseListService caseLists;
    private final DeadlineBoard deadlines;
    private final Clock clock;
    private final UserService users;
    private final EvidenceService evidence;
    private final EvidenceFiles evidenceFiles;
    private final NotificationUseCases notifying;
    private final InvestigationUseCases investigation;
    private final ReportingUseCases reporting;
    private final Session session;
    private final Permissions permissions;
    private final Path workspaceDirectory;
    private final WorkspaceKind kind;
    private final LongSupplier changesElsewhere;
    private final AutoCloseable resources;

    public AppContext(CaseService cases, AssessmentService assessments, CaseClockService clocks, AuditService audit,
            CheckpointSigner checkpoints, CaseListService caseLists, DeadlineBoard deadlines, UserService users, EvidenceService evidence, EvidenceFiles evidenceFiles,
            NotificationUseCases notifying, InvestigationUseCases investigation, ReportingUseCases reporting,
            Permissions permissions, Clock clock, Session session,
            Path workspaceDirectory, WorkspaceKind kind, LongSupplier changesElsewhere, AutoCloseable resources) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.caseLists = Objects.requireNonNull(caseLists, "caseLists");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.users = Objects.requireNonNull(users, "users");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.evidenceFiles = Objects.requireNonNull(evidenceFiles, "evidenceFiles");
        this.notifying = Objects.requireNonNull(notifying, "notifying");
        this.investigation = Objects.requireNonNull(investigation, "investigation");
        this.reporting = Objects.requireNonNull(reporting, "reporting");
        this.session = Objects.requireNonNull(session, "session");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.workspaceDirectory = Objects.requireNonNull(workspaceDirectory, "workspaceDirectory");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.changesElsewhere = Objects.requireNonNull(changesElsewhere, "changesElsewhere");
        this.resources = Objects.requireNonNull(resources, "resources");
    }

    public CaseService cases() {
        return cases;
    }

    public AssessmentService assessments() {
        return assessments;
    }

    /** The legal deadline clocks of cases. */
    public CaseClockService clocks() {
        return clocks;
    }

    public AuditService audit() {
        return audit;
    }

    /**
     * Signs the audit trail's checkpoints on the application's own account (a day's checkpoint while the window is
     * open), not as a use case of the person at the keyboard.
     */
    public CheckpointSigner checkpoints() {
        return checkpoints;
    }

    /** Case lists, counts and the dashboard's figures, as queries. */
    public CaseListService caseLists() {
        return caseLists;
    }

    /** Deadlines across open cases, from the deadline index. */
    public DeadlineBoard deadlines() {
        return deadlines;
    }

    public Clock clock() {
        return clock;
    }

    /** The cases' evidence: the vault, the items and their chain of custody. */
    public EvidenceService evidence() {
        return evidence;
    }

    /** Evidence bundles, and the stored files previews read. */
    public EvidenceFiles evidenceFiles() {
        return evidenceFiles;
    }

    /** The recipient registers of the cases: the data subjects to be told, and where each one's letter stands. */
    public org.trustcase.model.notifications.RecipientService recipients() {
        return notifying.recipients();
    }

    /** The organisation profile: who the workspace answers for, and its DPO. */
    public org.trustcase.model.organisation.OrganisationService organisation() {
        return notifying.organisation();
    }

    /** The authority's notification (its draft and phases) and every other notification recorded as sent. */
    public org.trustcase.model.notifications.NotificationService notifications() {
        return notifying.notifications();
    }

    /** Letter templates, batches of letters and marking them sent. */
    public org.trustcase.model.notifications.LetterService letters() {
        return notifying.letters();
    }

    /** The tasks of the cases' investigations. */
    public org.trustcase.model.tasks.TaskService tasks() {
        return investigation.tasks();
    }

    /** The playbooks that add tasks to a case by kind of breach. */
    public org.trustcase.model.tasks.PlaybookService playbooks() {
        return investigation.playbooks();
    }

    /** The investigation notes of the cases. */
    public org.trustcase.model.tasks.NoteService notes() {
        return investigation.notes();
    }

    /** The cases' timelines: dated facts, past events and what was done. */
    public org.trustcase.model.timeline.TimelineService timeline() {
        return investigation.timeline();
    }

    /** The search over the cases' text, notes, tasks, annotations and past events. */
    public org.trustcase.model.search.SearchService search() {
        return reporting.search();
    }

    /** The reports made of the record: a case's summary. */
    public org.trustcase.model.reports.ReportService reports() {
        return reporting.reports();
    }

    /** Each person's saved views of the cases table. */
    public org.trustcase.model.caselist.SavedViewService savedViews() {
        return reporting.views();
    }

    /** The finding and reporting use cases together, as a context is built from them. */
    public ReportingUseCases reporting() {
        return reporting;
    }

    /** The investigation use cases together, as a context is built from them. */
    public InvestigationUseCases investigation() {
        return investigation;
    }

    /** The notification use cases together, as a context is built from them. */
    public NotificationUseCases notifying() {
        return notifying;
    }

    /** Signing in and out, the accounts, and the reviewers assigned to cases. */
    public UserService users() {
        return users;
    }

    /** Who is signed in. @throws org.trustcase.model.access.NotSignedInException when nobody is */
    public Actor actor() {
        return session.get();
    }

    /** What the signed-in user's role lets them do, for the screens to offer only that. */
    public Permissions permissions() {
        return permissions;
    }

    /** True when someone is signed in. */
    public boolean signedIn() {
        return session.current().isPresent();
    }

    public Path workspaceDirectory() {
        return workspaceDirectory;
    }

    /** True for a workspace filled with fictional demo cases. */
    public boolean isDemo() {
        return kind == WorkspaceKind.DEMO;
    }

    /** Real, demo or generated (fictional cases for measuring). */
    public WorkspaceKind kind() {
        return kind;
    }

    /**
     * A number that changes when another process (a script, a second window) has committed a change to the
     * workspace since the last reading, and stays the same for this context's own changes. A short read of
     * the database: never on the JavaFX thread.
     */
    public long changesElsewhere() {
        return changesElsewhere.getAsLong();
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not close the workspace: " + e.getMessage(), e);
        }
    }
}
