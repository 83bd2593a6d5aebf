package org.trustcase.persistence.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.testing.SampleCases;

class SingleConnectionTransactionsTest {
    private static final Instant AT = Instant.parse("2026-03-04T11:00:00Z");
    private static final CaseReference REF = new CaseReference(2026, 1);

    @TempDir
    Path dir;
    private Workspace workspace;
    private TransactionRunner transactions;

    @BeforeEach
    void create() {
        workspace = Workspace.create(dir);
        transactions = workspace.transactions();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anExceptionRollsBackEverythingAndReachesTheCallerUnchanged() {
        RuleViolationException refusal = new RuleViolationException("test.guard-said-no");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            workspace.cases().insert(REF, SampleCases.everyField(), CaseStatus.NEW, AT);
            workspace.auditLog().append(event());
            throw refusal;
        })).isSameAs(refusal);

        assertThat(transactions.inTransaction(() -> workspace.cases().find(REF))).isEmpty();
        assertThat(transactions.inTransaction(() -> workspace.auditLog().list())).isEmpty();
    }

    @Test
    void aNestedTransactionJoinsTheOuterOne() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            transactions.inTransaction(() -> workspace.cases().insert(REF, SampleCases.requiredOnly(),
                    CaseStatus.NEW, AT));
            // the inner call has returned, but its insert must still roll back with the outer work
            assertThat(workspace.cases().find(REF)).isPresent();
            throw new IllegalStateException("outer work fails");
        })).hasMessage("outer work fails");

        assertThat(transactions.inTransaction(() -> workspace.cases().find(REF))).isEmpty();
    }

    @Test
    void committedWorkIsStored() {
        transactions.inTransaction(() -> {
            workspace.cases().insert(REF, SampleCases.requiredOnly(), CaseStatus.NEW, AT);
            return workspace.auditLog().append(event());
        });

        assertThat(transactions.inTransaction(() -> workspace.cases().find(REF))).isPresent();
        assertThat(transactions.inTransaction(() -> workspace.auditLog().list())).hasSize(1);
    }

    @Test
    void repositoriesRefuseToWorkOutsideATransaction() {
        assertThatThrownBy(() -> workspace.cases().countOpen())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside a transaction");
        assertThatThrownBy(() -> workspace.cases().insert(REF, SampleCases.requiredOnly(), CaseStatus.NEW, AT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside a transaction");
        assertThatThrownBy(() -> workspace.auditLog().append(event()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside a transaction");
    }

    @Test
    void transactionsFromSeveralThreadsAreSerialised() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                // read-then-write: without serialisation two threads would take the same number
                results.add(pool.submit(() -> transactions.inTransaction(() -> workspace.cases().insert(
                        workspace.cases().nextReference(2026), SampleCases.requiredOnly(), CaseStatus.NEW, AT))));
            }
            for (Future<Object> result : results) {
                result.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(transactions.inTransaction(() -> workspace.cases().nextReference(2026)))
                .isEqualTo(new CaseReference(2026, 21));
    }

    @Test
    void aClosedWorkspaceRefusesTransactions() {
        workspace.close();
        workspace.close();

        assertThatThrownBy(() -> transactions.inTransaction(() -> null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    private static AuditEvent event() {
        return new AuditEvent(0, AT, "dpo", REF.toString(), AuditAction.CASE_CREATED, List.of(), null);
    }
}
