package org.trustcase.app.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.trustcase.app.AppContext;
import org.trustcase.model.audit.AuditService;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.common.Actor;
import org.trustcase.model.workflow.Workflow;

/** Application contexts for tests: the real use cases over in-memory stores. */
public final class TestContexts {
    public static final Actor ACTOR = new Actor("anna.dpo");
    public static final Path WORKSPACE = Path.of("/tmp/trustcase-test-workspace");

    private TestContexts() {
    }

    public static AppContext inMemory(Clock clock) {
        return inMemory(clock, ACTOR, false);
    }

    public static AppContext inMemory(Clock clock, Actor actor, boolean demo) {
        InMemoryCaseRepository cases = new InMemoryCaseRepository();
        InMemoryAuditLog log = new InMemoryAuditLog();
        InMemoryTransactions transactions = new InMemoryTransactions(cases, log);
        AuditTrail trail = new AuditTrail(log, clock, () -> actor);
        CaseService caseService = new CaseService(cases, trail, transactions, Workflow.standard(), clock);
        AuditService auditService = new AuditService(log, transactions);
        return new AppContext(caseService, auditService, clock, actor, WORKSPACE, demo, () -> { });
    }
}
