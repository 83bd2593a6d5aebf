package org.trustcase.persistence.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.AfterCommitException;
import org.trustcase.model.common.TransactionHooks;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.testing.SampleCases;

/** After-commit and after-rollback hooks on a real SQLite workspace. */
class TransactionHooksTest {
    private static final Instant AT = Instant.parse("2026-03-04T11:00:00Z");
    private static final CaseReference REF = new CaseReference(2026, 1);

    @TempDir
    Path dir;
    private Workspace workspace;
    private TransactionRunner transactions;
    private TransactionHooks hooks;
    private final List<String> ran = new ArrayList<>();

    @BeforeEach
    void create() {
        workspace = Workspace.create(dir);
        transactions = workspace.transactions();
        hooks = workspace.transactionHooks();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void afterRollbackRunsWhenTheTransactionFailsOutsideItAndMayStartANewOne() {
        IllegalStateException failure = new IllegalStateException("the work fails");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            workspace.cases().insert(REF, SampleCases.requiredOnly(), CaseStatus.NEW, AT);
            hooks.afterCommit(() -> ran.add("after commit"));
            hooks.afterRollback(() -> {
                ran.add("after rollback, in a transaction: " + hooks.inTransactionNow());
                // the rollback is complete: the insert is gone, and a new transaction can write
                ran.add("case stored: " + transactions.read(() -> workspace.cases().find(REF)).isPresent());
                transactions.inTransaction(() -> workspace.auditLog().append(event("written after the rollback")));
            });
            throw failure;
        })).isSameAs(failure);

        assertThat(ran).containsExactly("after rollback, in a transaction: false", "case stored: false");
        assertThat(transactions.read(() -> workspace.auditLog().list())).extracting(AuditEvent::reason)
                .containsExactly("written after the rollback");
    }

    @Test
    void afterCommitRunsOnlyOnCommitOnceTheChangeIsStored() {
        transactions.inTransaction(() -> {
            workspace.cases().insert(REF, SampleCases.requiredOnly(), CaseStatus.NEW, AT);
            hooks.afterRollback(() -> ran.add("after rollback"));
            hooks.afterCommit(() -> ran.add("after commit, case stored: "
                    + transactions.read(() -> workspace.cases().find(REF)).isPresent()));
            hooks.afterCommit(() -> ran.add("second after commit"));
            assertThat(ran).isEmpty();
            return null;
        });

        assertThat(ran).containsExactly("after commit, case stored: true", "second after commit");
    }

    @Test
    void nestedCallsRegisterOnTheOutermostTransaction() {
        transactions.inTransaction(() -> {
            transactions.inTransaction(() -> {
                hooks.afterCommit(() -> ran.add("registered in a nested write"));
                return null;
            });
            transactions.read(() -> {
                hooks.afterCommit(() -> ran.add("registered in a nested read"));
                return null;
            });
            // the nested calls have returned, but the outermost transaction has not committed yet
            assertThat(ran).isEmpty();
            return null;
        });
        assertThat(ran).containsExactly("registered in a nested write", "registered in a nested read");

        ran.clear();
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            transactions.inTransaction(() -> {
                hooks.afterRollback(() -> ran.add("nested, rolled back with the outer work"));
                hooks.afterCommit(() -> ran.add("never"));
                return null;
            });
            throw new IllegalStateException("outer work fails after the nested call succeeded");
        })).hasMessage("outer work fails after the nested call succeeded");
        assertThat(ran).containsExactly("nested, rolled back with the outer work");
    }

    @Test
    void aFailingAfterCommitHookLeavesTheCommitAndIsReportedAfterTheOthersRan() {
        IllegalStateException first = new IllegalStateException("the file could not be moved");
        IllegalStateException second = new IllegalStateException("the other file neither");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            workspace.cases().insert(REF, SampleCases.requiredOnly(), CaseStatus.NEW, AT);
            hooks.afterCommit(() -> {
                throw first;
            });
            hooks.afterCommit(() -> ran.add("the next hook still runs"));
            hooks.afterCommit(() -> {
                throw second;
            });
            hooks.afterRollback(() -> ran.add("after rollback"));
            return null;
        })).isInstanceOf(AfterCommitException.class)
                .hasCause(first)
                .satisfies(e -> assertThat(e.getSuppressed()).containsExactly(second));

        assertThat(ran).containsExactly("the next hook still runs");
        assertThat(transactions.read(() -> workspace.cases().find(REF))).isPresent();
    }

    @Test
    void aFailingAfterRollbackHookIsSuppressedOnTheFailureThatCausedTheRollback() {
        IllegalStateException failure = new IllegalStateException("the work fails");
        IllegalStateException cleanup = new IllegalStateException("the temporary file could not be deleted");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            hooks.afterRollback(() -> {
                throw cleanup;
            });
            hooks.afterRollback(() -> ran.add("the next hook still runs"));
            throw failure;
        })).isSameAs(failure);

        assertThat(failure.getSuppressed()).containsExactly(cleanup);
        assertThat(ran).containsExactly("the next hook still runs");
    }

    @Test
    void hooksRunAfterTheLockIsReleased() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            transactions.inTransaction(() -> {
                hooks.afterCommit(() -> {
                    try {
                        // another thread can run a transaction while the hook runs: the first one has ended
                        ran.add(other.submit(() -> transactions.read(() -> "another thread's read")).get(30,
                                TimeUnit.SECONDS));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                return null;
            });
        } finally {
            other.shutdownNow();
        }
        assertThat(ran).containsExactly("another thread's read");
    }

    @Test
    void hooksCannotBeRegisteredOutsideATransaction() {
        assertThat(hooks.inTransactionNow()).isFalse();
        assertThatThrownBy(() -> hooks.afterCommit(() -> ran.add("never")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside a transaction");
        assertThatThrownBy(() -> hooks.afterRollback(() -> ran.add("never")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside a transaction");
        assertThat(transactions.inTransaction(hooks::inTransactionNow)).isTrue();
        assertThat(transactions.read(hooks::inTransactionNow)).isTrue();
        assertThat(ran).isEmpty();
    }

    private static AuditEvent event(String reason) {
        return new AuditEvent(0, AT, "dpo", REF.toString(), AuditAction.CASE_CREATED, List.of(), reason);
    }
}
