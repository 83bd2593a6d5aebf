package org.trustcase.app.bootstrap;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.trustcase.app.AppContext;
import org.trustcase.app.WorkspaceKind;
import org.trustcase.app.bootstrap.staging.StagedBatch;
import org.trustcase.app.demo.DemoWorkspace;
import org.trustcase.app.generate.GeneratedCases;
import org.trustcase.app.generate.SettableClock;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.AllowAllPolicy;
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
 * {@code HolidayCalendars.shared()}.)
 */
public final class AppContextFactory {
    private final Clock clock;
    private final Actor actor;
    /** Who performs each use case: the actor, except while the demo cases are made by their fictional people. */
    private final Supplier<Actor> actors;
    private final Policy policy;
    /** How long to wait for a busy workspace; {@code null} for the workspace's defaults. */
    private final Duration wait;

    /** With the access policy of today: everyone is a DPO, and a DPO may do everything. */
    public AppContextFactory(Clock clock, Actor actor) {
        this(clock, actor, new AllowAllPolicy());
    }

    public AppContextFactory(Clock clock, Actor actor, Policy policy) {
        this(clock, actor, policy, null);
    }

    private AppContextFactory(Clock clock, Actor actor, Policy policy, Duration wait) {
        this(clock, actor, () -> actor, policy, wait);
    }

    private AppContextFactory(Clock clock, Actor actor, Supplier<Actor> actors, Policy policy, Duration wait) {
        this.clock = clock;
        this.actor = actor;
        this.actors = actors;
        this.policy = policy;
        this.wait = wait;
    }

    /**
     * The same factory, but its workspaces wait up to {@code wait} when busy: for another process updating or
     * restoring the workspace, and in each transaction for another process's write.
     */
    public AppContextFactory waitingUpTo(Duration wait) {
        return new AppContextFactory(clock, actor, policy, Objects.requireNonNull(wait, "wait"));
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
     * copy.
     */
    public String backup(Path directory, Path out) {
        try (Workspace workspace = openWorkspace(directory)) {
            // a backup is one of the moments the trail is vouched for: the copy holds the event of its checkpoint
            checkpointSigner(workspace).sign();
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

    /** Creates a workspace in {@code directory}, with the demo cases when {@code demo} is set. */
    public AppContext create(Path directory, boolean demo) {
        Workspace workspace = createWorkspace(directory);
        try {
            AuditTrail trail = auditTrail(workspace.auditLog());
            workspace.transactions().inTransaction(() -> trail.recordNoted(AuditAction.WORKSPACE_CREATED, null, List.of(),
                    demo ? AuditNote.WORKSPACE_WITH_DEMO_CASES.with() : null));
            if (demo) {
                workspace.markAsDemo();
            }
            if (demo) {
                // the demo cases are made by their fictional people, each step at the time it would have been taken
                Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
                SettableClock storyClock = new SettableClock(now);
                DemoWorkspace.People people = new DemoWorkspace.People();
                AppContext story = new AppContextFactory(storyClock, actor, people, policy, wait).wire(workspace);
                new DemoWorkspace(story.cases(), story.assessments(), story.clocks(), storyClock, people, now)
                        .populate();
            }
            AppContext context = wire(workspace);
            // every case was indexed by the use cases that made it
            context.deadlines().markIndexCurrent();
            return context;
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    /**
     * Creates a workspace in {@code directory} filled with {@code count} generated, fictional cases for
     * measuring ({@code openPercent} of them open); the workspace is marked as generated. The same seed gives
     * the same cases. The cases are made by the real use cases against a staged batch in memory, and each
     * finished batch is written in one transaction: the same rows as use cases run against the database
     * would leave, at a fraction of the cost (no reads, each row written once).
     */
    public AppContext generate(Path directory, int count, int openPercent, long seed, LongConsumer progress) {
        return generate(directory, count, openPercent, seed, progress, true);
    }

    /**
     * Same, but with every use case run against the database, as the window runs them: the slow way, kept as
     * the yardstick the staged way is checked against.
     */
    AppContext generateThroughDatabase(Path directory, int count, int openPercent, long seed) {
        return generate(directory, count, openPercent, seed, done -> { }, false);
    }

    private AppContext generate(Path directory, int count, int openPercent, long seed, LongConsumer progress,
            boolean staged) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        SettableClock settable = new SettableClock(now);
        AppContextFactory generating = new AppContextFactory(settable, actor, policy, wait);
        Workspace workspace = createWorkspace(directory);
        try {
            AuditTrail trail = generating.auditTrail(workspace.auditLog());
            workspace.transactions().inTransaction(() -> trail.recordNoted(AuditAction.WORKSPACE_CREATED, null, List.of(),
                    AuditNote.WORKSPACE_WITH_GENERATED_CASES.with()));
            workspace.markAsGenerated();
            GeneratedCases cases = staged ? generating.stagedGenerator(workspace, settable)
                    : generating.directGenerator(workspace, settable);
            cases.generate(count, openPercent, seed, now, progress);
            AppContext context = generating.wire(workspace);
            context.deadlines().markIndexCurrent();
            return context;
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    /** Use cases against a staged batch in memory; each finished batch written in one transaction. */
    private GeneratedCases stagedGenerator(Workspace workspace, SettableClock settable) {
        StagedBatch batch = new StagedBatch();
        UseCases staged = useCases(Ports.of(batch));
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
        UseCases direct = useCases(Ports.of(workspace));
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
     * Same, telling {@code progress} how far the re-indexing of the deadlines is, when the workspace was indexed
     * with other rules or before the index existed (a long step on a large workspace).
     */
    public AppContext openOrCreateDemo(Path directory, ClockIndexer.Progress progress) {
        AppContext context = Workspace.exists(directory) ? open(directory) : create(directory, true);
        // the window shows clocks at once: load the rules here, off the JavaFX thread
        context.clocks().engine().engine();
        // a workspace from before the deadline index, or indexed with other rules: index it again
        if (!context.deadlines().indexIsCurrent()) {
            context.deadlines().rebuildIndex(progress);
        }
        return context;
    }

    private AppContext wire(Workspace workspace) {
        Ports ports = Ports.of(workspace);
        CheckpointSigner signer = checkpointSigner(workspace);
        UseCases u = useCases(ports, reference -> signQuietly(signer, reference));
        AccessControl access = u.access();
        AuditService audit = new AuditService(workspace.auditLog(), auditTrail(workspace.auditLog()),
                workspace.auditChain(), workspace.checkpoints(), signer,
                new RecordCheck(workspace.auditLog(), workspace.assessments(), workspace.decisions()), workspace.transactions(), access);
        CaseListService caseLists = new CaseListService(workspace.caseQueries(), workspace.transactions(), clock,
                access, () -> u.clocks().engine().engine().catalog());
        DeadlineBoard deadlines = new DeadlineBoard(workspace.deadlineQueries(), u.indexer(),
                workspace.transactions(), clock, access);
        WorkspaceKind kind = workspace.isDemo() ? WorkspaceKind.DEMO
                : workspace.isGenerated() ? WorkspaceKind.GENERATED : WorkspaceKind.REAL;
        return new AppContext(u.cases(), u.assessments(), u.clocks(), audit, signer, caseLists, deadlines, clock,
                actor, workspace.directory(), kind, workspace::changesElsewhere, workspace);
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

    private UseCases useCases(Ports ports) {
        return useCases(ports, reference -> { });
    }

    /** @param settled told of a case closed or dismissed, once committed */
    private UseCases useCases(Ports ports, java.util.function.Consumer<CaseReference> settled) {
        AuditTrail trail = auditTrail(ports.auditLog());
        // the clock engine is built when a clock is first needed, so that work without clocks does not wait for it
        CaseClocks caseClocks = CaseClocks.loadedOnFirstUse(ClockEngine::standard);
        ClockIndexer indexer = new ClockIndexer(ports.cases(), ports.caseClocks(), ports.assessments(),
                ports.decisions(), caseClocks, ports.clockIndex(), clock);
        List<TransitionGuard> guards = new ArrayList<>(Guards.standard());
        guards.add(new DecisionRecordedGuard(ports.assessments(), ports.decisions()));
        guards.add(new LegalClocksSettledGuard(ports.caseClocks(), ports.assessments(), ports.decisions(),
                caseClocks, clock));
        guards.add(new NotifiedNotDismissedGuard(ports.caseClocks(), ports.decisions()));
        AccessControl access = new AccessControl(policy, actors, trail, ports.transactions(), ports.hooks());
        CaseService cases = new CaseService(ports.cases(), trail, ports.transactions(), new Workflow(guards),
                clock, access, indexer, settled);
        AssessmentService assessments = new AssessmentService(ports.cases(), ports.assessments(),
                ports.decisions(), trail, ports.transactions(), SeverityMethod.standard(), clock, actors,
                access, indexer);
        CaseClockService clocks = new CaseClockService(ports.cases(), ports.caseClocks(),
                ports.assessments(), ports.decisions(), caseClocks, trail, ports.transactions(), clock,
                actors, access, indexer);
        return new UseCases(cases, assessments, clocks, indexer, access);
    }

    private CheckpointSigner checkpointSigner(Workspace workspace) {
        return new CheckpointSigner(workspace.auditChain(), workspace.checkpoints(), auditTrail(workspace.auditLog()),
                workspace.transactions(), clock);
    }

    private AuditTrail auditTrail(AuditLog log) {
        return new AuditTrail(log, clock, actors);
    }
}
