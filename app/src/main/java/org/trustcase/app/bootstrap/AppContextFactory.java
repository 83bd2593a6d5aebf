package org.trustcase.app.bootstrap;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.LongConsumer;
import org.trustcase.app.generate.GeneratedCases;
import org.trustcase.app.generate.SettableClock;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.trustcase.app.AppContext;
import org.trustcase.app.WorkspaceKind;
import org.trustcase.model.caseclocks.ClockIndexer;
import org.trustcase.model.caseclocks.DeadlineBoard;
import org.trustcase.model.caselist.CaseListService;
import org.trustcase.app.demo.DemoWorkspace;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.AllowAllPolicy;
import org.trustcase.model.access.Policy;
import org.trustcase.model.assessment.AssessmentService;
import org.trustcase.model.assessment.DecisionRecordedGuard;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.auditing.AuditService;
import org.trustcase.model.caseclocks.CaseClockService;
import org.trustcase.model.caseclocks.CaseClocks;
import org.trustcase.model.caseclocks.LegalClocksSettledGuard;
import org.trustcase.model.audit.AuditNote;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.common.Actor;
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
    private final Policy policy;

    /** With the access policy of today: everyone is a DPO, and a DPO may do everything. */
    public AppContextFactory(Clock clock, Actor actor) {
        this(clock, actor, new AllowAllPolicy());
    }

    public AppContextFactory(Clock clock, Actor actor, Policy policy) {
        this.clock = clock;
        this.actor = actor;
        this.policy = policy;
    }

    /** Opens the existing workspace in {@code directory}. */
    public AppContext open(Path directory) {
        return wire(Workspace.open(directory));
    }

    /** Creates a workspace in {@code directory}, with the demo cases when {@code demo} is set. */
    public AppContext create(Path directory, boolean demo) {
        Workspace workspace = Workspace.create(directory);
        try {
            AuditTrail trail = auditTrail(workspace);
            workspace.transactions().inTransaction(() -> trail.recordNoted(AuditAction.WORKSPACE_CREATED, null, List.of(),
                    demo ? AuditNote.WORKSPACE_WITH_DEMO_CASES.with() : null));
            if (demo) {
                workspace.markAsDemo();
            }
            AppContext context = wire(workspace);
            if (demo) {
                new DemoWorkspace(context.cases(), context.assessments(), context.clocks(), clock).populate();
            }
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
     * measuring ({@code openPercent} of them open), made through the use cases in batches; the workspace is
     * marked as generated. The same seed gives the same cases.
     */
    public AppContext generate(Path directory, int count, int openPercent, long seed, LongConsumer progress) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        SettableClock settable = new SettableClock(now);
        AppContextFactory generating = new AppContextFactory(settable, actor, policy);
        Workspace workspace = Workspace.create(directory);
        try {
            AuditTrail trail = generating.auditTrail(workspace);
            workspace.transactions().inTransaction(() -> trail.recordNoted(AuditAction.WORKSPACE_CREATED, null, List.of(),
                    AuditNote.WORKSPACE_WITH_GENERATED_CASES.with()));
            workspace.markAsGenerated();
            Wiring wiring = generating.wiring(workspace);
            AppContext context = wiring.context();
            // each batch in one transaction, its cases indexed together at the end of the batch
            org.trustcase.model.common.TransactionRunner batches = new org.trustcase.model.common.TransactionRunner() {
                @Override
                public <T> T inTransaction(java.util.function.Supplier<T> work) {
                    return workspace.transactions().inTransaction(() -> wiring.indexer().deferring(work));
                }
            };
            new GeneratedCases(context.cases(), context.assessments(), context.clocks(), batches, settable)
                    .generate(count, openPercent, seed, now, progress);
            context.deadlines().markIndexCurrent();
            return context;
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
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
        return wiring(workspace).context();
    }

    /** The context and the deadline indexer it was wired with. */
    private record Wiring(AppContext context, ClockIndexer indexer) {
    }

    private Wiring wiring(Workspace workspace) {
        AuditTrail trail = auditTrail(workspace);
        // the clock engine is built when a clock is first needed, so that work without clocks does not wait for it
        CaseClocks caseClocks = CaseClocks.loadedOnFirstUse(ClockEngine::standard);
        ClockIndexer indexer = new ClockIndexer(workspace.cases(), workspace.caseClocks(), workspace.assessments(),
                workspace.decisions(), caseClocks, workspace.clockIndex(), clock);
        List<TransitionGuard> guards = new ArrayList<>(Guards.standard());
        guards.add(new DecisionRecordedGuard(workspace.assessments(), workspace.decisions()));
        guards.add(new LegalClocksSettledGuard(workspace.caseClocks(), workspace.assessments(), workspace.decisions(),
                caseClocks, clock));
        AccessControl access = new AccessControl(policy, () -> actor, trail, workspace.transactions(),
                workspace.transactionHooks());
        CaseService cases = new CaseService(workspace.cases(), trail, workspace.transactions(), new Workflow(guards),
                clock, access, indexer);
        AssessmentService assessments = new AssessmentService(workspace.cases(), workspace.assessments(),
                workspace.decisions(), trail, workspace.transactions(), SeverityMethod.standard(), clock, () -> actor,
                access, indexer);
        CaseClockService clocks = new CaseClockService(workspace.cases(), workspace.caseClocks(),
                workspace.assessments(), workspace.decisions(), caseClocks, trail, workspace.transactions(), clock,
                () -> actor, access, indexer);
        AuditService audit = new AuditService(workspace.auditLog(), workspace.transactions(), access);
        CaseListService caseLists = new CaseListService(workspace.caseQueries(), workspace.transactions(), clock,
                access);
        DeadlineBoard deadlines = new DeadlineBoard(workspace.deadlineQueries(), indexer,
                workspace.transactions(), clock, access);
        WorkspaceKind kind = workspace.isDemo() ? WorkspaceKind.DEMO
                : workspace.isGenerated() ? WorkspaceKind.GENERATED : WorkspaceKind.REAL;
        return new Wiring(new AppContext(cases, assessments, clocks, audit, caseLists, deadlines, clock, actor,
                workspace.directory(), kind, workspace), indexer);
    }

    private AuditTrail auditTrail(Workspace workspace) {
        return new AuditTrail(workspace.auditLog(), clock, () -> actor);
    }
}
