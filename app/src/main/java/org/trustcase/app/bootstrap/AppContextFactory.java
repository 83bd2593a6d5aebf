package org.trustcase.app.bootstrap;

import org.trustcase.app.NotificationUseCases;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.trustcase.app.AppContext;
import org.trustcase.app.WorkspaceKind;
import org.trustcase.app.bootstrap.staging.StagedBatch;
import org.trustcase.app.demo.DemoWorkspace;
import org.trustcase.app.generate.GeneratedCases;
import org.trustcase.app.generate.SettableClock;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.NotSignedInException;
import org.trustcase.model.access.RolePolicy;
import org.trustcase.model.access.Session;
import org.trustcase.model.access.Policy;
import org.trustcase.model.assessment.AssessmentService;
import org.trustcase.model.assessment.DecisionRecordedGuard;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditLog;
import org.trustcase.model.audit.AuditNote;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.CheckpointSigner;
import org.trustcase.model.auditing.RecordCheck;
import org.trustcase.model.auditing.AuditService;
import org.trustcase.model.caseclocks.CaseClockService;
import org.trustcase.model.caseclocks.CaseClocks;
import org.trustcase.model.caseclocks.ClockIndexer;
import org.trustcase.model.caseclocks.DeadlineBoard;
import org.trustcase.model.caseclocks.LegalClocksSettledGuard;
import org.trustcase.model.caseclocks.NotifiedNotDismissedGuard;
import org.trustcase.model.caselist.CaseListService;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.Role;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.caselist.CaseQuery;
import org.trustcase.model.caselist.CaseRow;
import org.trustcase.model.users.UserAccount;
import org.trustcase.model.users.UserService;
import org.trustcase.model.evidence.EvidenceBundle;
import org.trustcase.model.evidence.EvidenceService;
import org.trustcase.persistence.evidence.FileEvidenceVault;
import org.trustcase.persistence.evidence.ZipEvidenceBundle;
import org.trustcase.app.EvidenceFiles;
import org.trustcase.persistence.users.Argon2PasswordHasher;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.model.deadlines.ClockEngine;
import org.trustcase.model.severity.SeverityMethod;
import org.trustcase.model.workflow.Guards;
import org.trustcase.model.workflow.TransitionGuard;
import org.trustcase.model.workflow.Workflow;
import org.trustcase.persistence.Workspace;

/**
 * The composition root: opens or creates a workspace and wires the use cases over it. The only
 * place where persistence meets the rest of the app. Every context gets its own objects; nothing is
 * kept in static fields. (The shipped rule file and the holiday calendars are immutable and read
 * once per process by their own loaders, {@code RuleCatalog.standard()} and
 * {@code ClockEngine.standard()}, whose holidays are the rule file's.)
 */
public final class AppContextFactory {
    /** The demo's and generated workspaces' accounts, one per role, all with this well-known password. */
    public static final String DEMO_PASSWORD = "demo";
    /** Who the application's own work is recorded as when nobody is signed in; no login can be spelt so. */
    static final String APPLICATION = "(trustcase)";

    private final Clock clock;
    /** Who is signed in to every context, or {@code null} when each context starts with nobody signed in. */
    private final Session fixed;
    /** Who performs each use case instead, while the demo cases are made by their fictional people; else null. */
    private final Supplier<Actor> story;
    /** The access policy of a workspace: by default the roles, with the workspace's case assignments. */
    private final Function<Workspace, Policy> policies;
    /** How long to wait for a busy workspace; {@code null} for the workspace's defaults. */
    private final Duration wait;

    /**
     * Contexts with {@code actor} signed in already, without a password: for tools and tests that act as a known
     * person. The roles' policy applies.
     */
    public AppContextFactory(Clock clock, Actor actor) {
        this(clock, Session.signedIn(actor), null, AppContextFactory::rolePolicy, null);
    }

    /** Contexts with {@code actor} signed in already, judged by {@code policy}. */
    public AppContextFactory(Clock clock, Actor actor, Policy policy) {
        this(clock, Session.signedIn(actor), null, workspace -> policy, null);
    }

    private AppContextFactory(Clock clock, Session fixed, Supplier<Actor> story, Function<Workspace, Policy> policies,
            Duration wait) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fixed = fixed;
        this.story = story;
        this.policies = Objects.requireNonNull(policies, "policies");
        this.wait = wait;
    }

    /**
     * Contexts nobody is signed in to: the window and the command line sign someone in with a password
     * ({@link AppContext#users()}) before anything else.
     */
    public static AppContextFactory signingIn(Clock clock) {
        return new AppContextFactory(clock, null, null, AppContextFactory::rolePolicy, null);
    }

    private static Policy rolePolicy(Workspace workspace) {
        return new RolePolicy(workspace.caseAssignments());
    }

    /**
     * The same factory, but its workspaces wait up to {@code wait} when busy: for another process updating or
     * restoring the workspace, and in each transaction for another process's write.
     */
    public AppContextFactory waitingUpTo(Duration wait) {
        return new AppContextFactory(clock, fixed, story, policies, Objects.requireNonNull(wait, "wait"));
    }

    /** Opens the existing workspace in {@code directory}. */
    public AppContext open(Path directory) {
        return wire(openWorkspace(directory));
    }

    private Workspace openWorkspace(Path directory) {
        return wait == null ? Workspace.open(directory) : Workspace.open(directory, wait);
    }

    private Workspace createWorkspace(Path directory) {
        return wait == null ? Workspace.create(directory) : Workspace.create(directory, wait);
    }

    /**
     * Writes a consistent backup of the workspace in {@code directory} into the new file {@code out}, also while
     * other processes work in it, after signing a checkpoint of its audit trail; returns the schema version of the
     * copy. {@code signIn} signs someone in to the opened workspace first; the policy decides whether they may.
     */
    public String backup(Path directory, Path out, Consumer<AppContext> signIn) {
        Workspace workspace = openWorkspace(directory);
        try (AppContext context = wire(workspace)) {
            signIn.accept(context);
            // a backup is one of the moments the trail is vouched for: the copy holds the event of its checkpoint
            context.audit().checkpointForBackup();
            return workspace.backup(out);
        }
    }

    /**
     * Restores the backup file {@code backup} into {@code directory} (a new or empty folder), checks it and
     * opens it.
     */
    public AppContext restore(Path backup, Path directory) {
        return wire(Workspace.restore(backup, directory));
    }

    /** The first DPO of a new workspace: who creates it. */
    public record FirstDpo(String login, String fullName, char[] password) {
        public FirstDpo {
            Objects.requireNonNull(login, "login");
            Objects.requireNonNull(password, "password");
        }
    }

    /**
     * Creates a workspace in {@code directory}, with the demo cases when {@code demo} is set, signed in to as the
     * fixed actor. A demo workspace has one account per role ({@code dpo}, {@code reviewer}, {@code manager}) with
     * the password {@value #DEMO_PASSWORD}.
     */
    public AppContext create(Path directory, boolean demo) {
        return create(directory, demo, null);
    }

    /**
     * The same, creating the account of {@code first} (when not {@code null}), a DPO, as the workspace's first and
     * signing them in: the creation of the workspace is recorded as theirs.
     */
    public AppContext create(Path directory, boolean demo, FirstDpo first) {
        // what is wrong with the first account is said before anything is created
        if (first != null) {
            UserService.requireNewAccount(first.login(), first.fullName(), first.password());
        }
        Workspace workspace = createWorkspace(directory);
        try {
            Session session = session(first);
            // who sets the workspace up: whoever is signed in (the first DPO to be), else the application itself
            Supplier<Actor> maker = session.current().isPresent() ? session : AppContextFactory::application;
            AuditTrail trail = auditTrail(workspace.auditLog(), maker);
            workspace.transactions().inTransaction(() -> trail.recordNoted(AuditAction.WORKSPACE_CREATED, null, List.of(),
                    demo ? AuditNote.WORKSPACE_WITH_DEMO_CASES.with() : null));
            if (demo) {
                workspace.markAsDemo();
            }
            AppContext making = new AppContextFactory(clock, fixed, maker, policies, wait).wire(workspace, session);
            if (first != null) {
                making.users().addFirstDpo(first.login(), first.fullName(), first.password());
            }
            if (demo) {
                // the demo cases are made by their fictional people, each step at the time it would have been taken
                Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
                SettableClock storyClock = new SettableClock(now);
                DemoWorkspace.People people = new DemoWorkspace.People();
                AppContext told = new AppContextFactory(storyClock, fixed, people, policies, wait).wire(workspace, session);
                new DemoWorkspace(told.cases(), told.assessments(), told.clocks(), told.evidence(),
                        told.notifying(), told.investigation(), storyClock, people, now)
                        .populate();
                addDemoAccounts(told);
            }
            // every case was indexed by the use cases that made it
            making.deadlines().markIndexCurrent();
            return wire(workspace, session);
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    /**
     * The application itself, for what it does while nobody is signed in (setting up a new workspace, a day's
     * checkpoint while the window is locked). It acts with a DPO's permissions but can never sign in: no login can be
     * spelt as its name.
     */
    private static Actor application() {
        return new Actor(APPLICATION, APPLICATION, java.util.Set.of(Role.DPO));
    }

    /** Who the first events of a new workspace are recorded as: the fixed actor, or the first DPO to be. */
    private Session session(FirstDpo first) {
        if (fixed != null) {
            return fixed;
        }
        Session session = new Session();
        if (first != null) {
            session.signIn(new Actor(first.login(), first.login(), java.util.Set.of(Role.DPO)));
        }
        return session;
    }

    /**
     * One account per role, for trying the workspace out: the legal reviewer is assigned to the cases whose
     * decisions wait for a sign-off.
     */
    private static void addDemoAccounts(AppContext story) {
        UserService users = story.users();
        addDemoAccounts(users, story.clock().instant());
        for (CaseRow row : story.caseLists().page(CaseQuery.ALL, 0, 100)) {
            List<NotificationDecision> decisions = story.assessments().decisions(row.reference());
            if (!decisions.isEmpty() && decisions.get(decisions.size() - 1).signOff() == null) {
                users.assign(row.reference(), "reviewer");
            }
        }
    }

    /** The demo-only accounts, one per role, all with {@value #DEMO_PASSWORD}. */
    private static void addDemoAccounts(UserService users, Instant at) {
        users.addDemoAccount(new UserAccount("dpo", "Demo DPO", Role.DPO, true, at), DEMO_PASSWORD.toCharArray());
        users.addDemoAccount(new UserAccount("reviewer", "Demo legal reviewer", Role.LEGAL_REVIEWER, true, at),
                DEMO_PASSWORD.toCharArray());
        users.addDemoAccount(new UserAccount("manager", "Demo manager", Role.MANAGER, true, at),
                DEMO_PASSWORD.toCharArray());
    }

    /**
     * Creates a workspace in {@code directory} filled with {@code count} generated, fictional cases for
     * measuring ({@code openPercent} of them open); the workspace is marked as generated. The same seed gives
     * the same cases. The cases are made by the real use cases against a staged batch in memory, and each
     * finished batch is written in one transaction: the same rows as use cases run against the database
     * would leave, at a fraction of the cost (no reads, each row written once). It has the demo's accounts.
     */
    public AppContext generate(Path directory, int count, int openPercent, long seed, LongConsumer progress) {
        return generate(directory, count, openPercent, seed, progress, true, null);
    }

    /** The same, with {@code first} (when not {@code null}) as the workspace's first account, a DPO, beside the demo's. */
    public AppContext generate(Path directory, int count, int openPercent, long seed, LongConsumer progress,
            FirstDpo first) {
        return generate(directory, count, openPercent, seed, progress, true, first);
    }

    /**
     * Same, but with every use case run against the database, as the window runs them: the slow way, kept as
     * the yardstick the staged way is checked against.
     */
    AppContext generateThroughDatabase(Path directory, int count, int openPercent, long seed) {
        return generate(directory, count, openPercent, seed, done -> { }, false, null);
    }

    private AppContext generate(Path directory, int count, int openPercent, long seed, LongConsumer progress,
            boolean staged, FirstDpo first) {
        if (first != null) {
            UserService.requireNewAccount(first.login(), first.fullName(), first.password());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        SettableClock settable = new SettableClock(now);
        // generated cases are made by a fictional DPO, whoever asked for them
        Session maker = fixed != null ? fixed : Session.signedIn(new Actor("generator", "generator", java.util.Set.of(Role.DPO)));
        AppContextFactory generating = new AppContextFactory(settable, maker, null, policies, wait);
        Workspace workspace = createWorkspace(directory);
        try {
            AuditTrail trail = auditTrail(workspace.auditLog(), maker);
            workspace.transactions().inTransaction(() -> trail.recordNoted(AuditAction.WORKSPACE_CREATED, null, List.of(),
                    AuditNote.WORKSPACE_WITH_GENERATED_CASES.with()));
            workspace.markAsGenerated();
            GeneratedCases cases = staged ? generating.stagedGenerator(workspace, settable)
                    : generating.directGenerator(workspace, settable);
            cases.generate(count, openPercent, seed, now, progress);
            AppContext made = generating.wire(workspace, maker);
            made.deadlines().markIndexCurrent();
            UserService users = made.users();
            if (first != null) {
                users.addFirstDpo(first.login(), first.fullName(), first.password());
            }
            addDemoAccounts(users, now);
            return made;
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    /** Use cases against a staged batch in memory; each finished batch written in one transaction. */
    private GeneratedCases stagedGenerator(Workspace workspace, SettableClock settable) {
        StagedBatch batch = new StagedBatch();
        UseCases staged = useCases(Ports.of(batch), workspace);
        TransactionRunner batches = new TransactionRunner() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                // the batch's cases are indexed together at its end, then written with their index entries
                T result = staged.indexer().deferring(work);
                var whole = batch.drain();
                try {
                    workspace.transactions().inTransaction(() -> {
                        workspace.wholeCaseWriter().write(whole);
                        return null;
                    });
                } catch (RuntimeException e) {
                    batch.written(false);
                    throw e;
                }
                batch.written(true);
                return result;
            }
        };
        return new GeneratedCases(staged.cases(), staged.assessments(), staged.clocks(), batches, settable);
    }

    /** Use cases against the database, a batch per transaction, its cases indexed together at its end. */
    private GeneratedCases directGenerator(Workspace workspace, SettableClock settable) {
        UseCases direct = useCases(Ports.of(workspace), workspace);
        TransactionRunner batches = new TransactionRunner() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return workspace.transactions().inTransaction(() -> direct.indexer().deferring(work));
            }
        };
        return new GeneratedCases(direct.cases(), direct.assessments(), direct.clocks(), batches, settable);
    }

    /** True when {@code directory} holds a workspace. */
    public boolean exists(Path directory) {
        return Workspace.exists(directory);
    }

    /** What the desktop app does at start: open the workspace, or create a demo one the first time. */
    public AppContext openOrCreateDemo(Path directory) {
        return openOrCreateDemo(directory, ClockIndexer.Progress.NONE);
    }

    /**
     * Same, telling {@code progress} how far the re-indexing of the deadlines is (see {@link #catchUp}); someone
     * must be signed in already.
     */
    public AppContext openOrCreateDemo(Path directory, ClockIndexer.Progress progress) {
        AppContext context = openForSignIn(directory);
        catchUp(context, progress);
        return context;
    }

    /** What the window does before anyone signs in: opens the workspace, or creates a demo one the first time. */
    public AppContext openForSignIn(Path directory) {
        return Workspace.exists(directory) ? open(directory) : create(directory, true);
    }

    /**
     * Once someone is signed in: a workspace from before the deadline index, or indexed with other rules, is indexed
     * again, telling {@code progress} how far it is (a long step on a large workspace).
     */
    public static void catchUp(AppContext context, ClockIndexer.Progress progress) {
        if (!context.deadlines().indexIsCurrent()) {
            context.deadlines().rebuildIndex(progress);
        }
    }

    private AppContext wire(Workspace workspace) {
        return wire(workspace, fixed != null ? fixed : new Session());
    }

    /** The use cases over {@code workspace}, performed as whoever {@code session} has signed in (or the story's people). */
    private AppContext wire(Workspace workspace, Session session) {
        Supplier<Actor> actors = story != null ? story : session;
        Ports ports = Ports.of(workspace);
        CheckpointSigner signer = checkpointSigner(workspace, actors);
        UseCases u = useCases(ports, actors, policies.apply(workspace), reference -> signQuietly(signer, reference));
        AccessControl access = u.access();
        AuditTrail trail = auditTrail(workspace.auditLog(), actors);
        AuditService audit = new AuditService(workspace.auditLog(), trail, workspace.auditChain(),
                workspace.checkpoints(), signer,
                new RecordCheck(workspace.auditLog(), workspace.assessments(), workspace.decisions(), workspace.users()),
                workspace.transactions(), access);
        CaseListService caseLists = new CaseListService(workspace.caseQueries(), workspace.transactions(), clock,
                access, () -> u.clocks().engine().engine().catalog(), trail);
        DeadlineBoard deadlines = new DeadlineBoard(workspace.deadlineQueries(), u.indexer(),
                workspace.transactions(), clock, access);
        UserService users = new UserService(workspace.users(), workspace.caseAssignments(), workspace.cases(),
                Argon2PasswordHasher.STANDARD, trail, workspace.transactions(), access, session, clock);
        WorkspaceKind kind = workspace.isDemo() ? WorkspaceKind.DEMO
                : workspace.isGenerated() ? WorkspaceKind.GENERATED : WorkspaceKind.REAL;
        EvidenceService evidence = new EvidenceService(workspace.cases(), workspace.evidence(),
                workspace.evidenceVault(), trail, workspace.transactions(), clock, access, actors,
                workspace.caseAssignments());
        FileEvidenceVault vault = workspace.evidenceVault();
        EvidenceFiles files = new EvidenceFiles() {
            @Override
            public EvidenceBundle.Writer bundleTo(Path out) {
                return ZipEvidenceBundle.create(out);
            }

            @Override
            public EvidenceBundle.Reader bundleFrom(Path bundle) {
                return ZipEvidenceBundle.open(bundle);
            }

            @Override
            public Path stored(String sha256) {
                return vault.file(sha256);
            }
        };
        org.trustcase.model.notifications.RecipientService recipients =
                new org.trustcase.model.notifications.RecipientService(workspace.cases(), workspace.recipients(),
                        trail, workspace.transactions(), access, clock);
        org.trustcase.model.caseclocks.ClockSettlement settlement = new org.trustcase.model.caseclocks.ClockSettlement(
                workspace.caseClocks(), workspace.assessments(), workspace.decisions(), u.clocks().engine(), trail,
                actors, u.indexer());
        org.trustcase.model.notifications.NotificationService notifications =
                new org.trustcase.model.notifications.NotificationService(workspace.cases(), workspace.assessments(),
                        workspace.notifications(), settlement, trail, workspace.transactions(), access, clock, actors);
        org.trustcase.model.notifications.LetterService letters = new org.trustcase.model.notifications.LetterService(
                workspace.cases(), workspace.letterTemplates(), workspace.letterBatches(), workspace.recipients(),
                workspace.organisation(), workspace.notifications(), workspace.assessments(), settlement, trail,
                workspace.transactions(), access, clock, actors);
        NotificationUseCases notifying = new NotificationUseCases(new org.trustcase.model.organisation
                .OrganisationService(workspace.organisation(), trail, workspace.transactions(), access),
                notifications, recipients, letters);
        org.trustcase.model.tasks.TaskService tasks = new org.trustcase.model.tasks.TaskService(workspace.cases(),
                workspace.tasks(), workspace.users(), settlement, () -> u.clocks().engine().engine().catalog(), trail,
                workspace.transactions(), access, clock, actors);
        org.trustcase.model.tasks.PlaybookService playbooks = new org.trustcase.model.tasks.PlaybookService(
                workspace.cases(), workspace.playbooks(), workspace.tasks(),
                () -> u.clocks().engine().engine().catalog(), trail, workspace.transactions(), access, clock, actors);
        return new AppContext(u.cases(), u.assessments(), u.clocks(), audit, signer, caseLists, deadlines, users,
                evidence, files, notifying, new org.trustcase.app.InvestigationUseCases(tasks, playbooks,
                        new org.trustcase.model.tasks.NoteService(workspace.cases(), workspace.notes(),
                                workspace.evidence(), trail, workspace.transactions(), access, clock, actors),
                        new org.trustcase.model.timeline.TimelineService(workspace.cases(), workspace.pastEvents(),
                                workspace.caseClocks(), workspace.tasks(), ports.auditLog(), trail,
                                workspace.transactions(), access, clock, actors)),
                new org.trustcase.app.ReportingUseCases(
                        new org.trustcase.model.search.SearchService(workspace.search(), workspace.evidenceTexts(),
                                vault, workspace.transactions(), access),
                        new org.trustcase.model.caselist.SavedViewService(workspace.savedViews(),
                                workspace.transactions(), access, clock, actors),
                        new org.trustcase.model.reports.ReportService(new org.trustcase.model.reports.ReportSources(
                                workspace.cases(), workspace.assessments(), workspace.decisions(),
                                workspace.caseClocks(), u.clocks().engine(), workspace.notifications(),
                                workspace.recipients(), workspace.evidence(),
                                new org.trustcase.model.timeline.TimelineReader(workspace.pastEvents(),
                                        workspace.caseClocks(), workspace.tasks(), ports.auditLog()),
                                workspace.checkpoints(), workspace.caseAssignments(), workspace.reportQueries()),
                                trail,
                                workspace.transactions(), access, clock, actors)),
                access::permits, clock, session, workspace.directory(), kind,
                workspace::changesElsewhere, workspace);
    }

    /**
     * A case closed: its record is vouched for by a checkpoint. The close is committed already; a checkpoint that
     * cannot be written (a full disk) does not undo it, and the next checkpoint covers it.
     */
    private static void signQuietly(CheckpointSigner signer, CaseReference closed) {
        try {
            signer.sign();
        } catch (RuntimeException e) {
            System.getLogger(AppContextFactory.class.getName()).log(System.Logger.Level.WARNING, "no checkpoint signed after closing " + closed + ": " + e.getMessage());
        }
    }

    /** The use cases that change cases, and the deadline indexer and access control they were wired with. */
    private record UseCases(CaseService cases, AssessmentService assessments, CaseClockService clocks,
            ClockIndexer indexer, AccessControl access) {
    }

    /** Use cases for generating: performed as the fixed actor, who is a DPO. */
    private UseCases useCases(Ports ports, Workspace workspace) {
        return useCases(ports, fixed, policies.apply(workspace), reference -> { });
    }

    /**
     * The organisation's home zone from its profile, where US rules count their days; none while the profile is not
     * filled in (or names no zone Java knows).
     */
    private static java.time.ZoneId homeZone(Ports ports) {
        return ports.organisation().load().flatMap(org.trustcase.model.organisation.OrganisationProfile::homeZone)
                .orElse(null);
    }

    /** @param settled told of a case closed or dismissed, once committed */
    private UseCases useCases(Ports ports, Supplier<Actor> actors, Policy policy, Consumer<CaseReference> settled) {
        AuditTrail trail = auditTrail(ports.auditLog(), actors);
        // the clock engine is built when a clock is first needed, so that work without clocks does not wait for it
        CaseClocks caseClocks = CaseClocks.loadedOnFirstUse(ClockEngine::standard, () -> homeZone(ports));
        ClockIndexer indexer = new ClockIndexer(ports.cases(), ports.caseClocks(), ports.assessments(),
                ports.decisions(), caseClocks, ports.clockIndex(), clock);
        List<TransitionGuard> guards = new ArrayList<>(Guards.standard());
        guards.add(new DecisionRecordedGuard(ports.assessments(), ports.decisions()));
        guards.add(new LegalClocksSettledGuard(ports.caseClocks(), ports.assessments(), ports.decisions(),
                caseClocks, clock));
        guards.add(new NotifiedNotDismissedGuard(ports.caseClocks(), ports.decisions()));
        guards.add(new org.trustcase.model.tasks.OpenTasksGuard(ports.tasks()));
        AccessControl access = new AccessControl(policy, actors, trail, ports.transactions(), ports.hooks());
        CaseService cases = new CaseService(ports.cases(), trail, ports.transactions(), new Workflow(guards),
                clock, access, indexer, settled, new org.trustcase.model.organisation.SectorFlagsOfNewCases(
                        ports.organisation(), ports.caseClocks(), trail));
        AssessmentService assessments = new AssessmentService(ports.cases(), ports.assessments(),
                ports.decisions(), trail, ports.transactions(), SeverityMethod.standard(), clock, actors,
                access, indexer);
        CaseClockService clocks = new CaseClockService(ports.cases(), ports.caseClocks(),
                ports.assessments(), ports.decisions(), caseClocks, trail, ports.transactions(), clock,
                actors, access, indexer);
        return new UseCases(cases, assessments, clocks, indexer, access);
    }

    /**
     * Signs checkpoints as the person signed in, or, while nobody is (the window locked or signed out, a day's
     * checkpoint still falls due), on the application's own account.
     */
    private CheckpointSigner checkpointSigner(Workspace workspace, Supplier<Actor> actors) {
        Supplier<Actor> signer = () -> {
            try {
                return actors.get();
            } catch (NotSignedInException e) {
                return application();
            }
        };
        return new CheckpointSigner(workspace.auditChain(), workspace.checkpoints(),
                auditTrail(workspace.auditLog(), signer), workspace.transactions(), clock);
    }

    private AuditTrail auditTrail(AuditLog log, Supplier<Actor> actors) {
        return new AuditTrail(log, clock, actors);
    }
}
