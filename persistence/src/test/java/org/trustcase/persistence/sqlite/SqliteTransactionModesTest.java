package org.trustcase.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.testing.SampleCases;

/**
 * Writes begin with {@code BEGIN IMMEDIATE}, reads with a deferred, read-only transaction. Seen
 * from a second connection to the same file that never waits for a lock: it cannot take the
 * write lock while the workspace writes, and can while the workspace reads.
 */
class SqliteTransactionModesTest {
    private static final Instant AT = Instant.parse("2026-03-04T11:00:00Z");

    @TempDir
    Path dir;
    private Workspace workspace;
    private TransactionRunner transactions;
    private Connection other;

    @BeforeEach
    void create() throws SQLException {
        workspace = Workspace.create(dir);
        transactions = workspace.transactions();
        SQLiteConfig noWaiting = new SQLiteConfig();
        noWaiting.setBusyTimeout(0);
        other = noWaiting.createConnection("jdbc:sqlite:" + dir.resolve(Workspace.DATABASE_FILE));
    }

    @AfterEach
    void close() throws SQLException {
        other.close();
        workspace.close();
    }

    @Test
    void aWriteTransactionHoldsTheWriteLockFromItsStart() {
        transactions.inTransaction(() -> {
            // nothing written yet: the lock was taken by BEGIN IMMEDIATE itself
            assertThatThrownBy(() -> beginImmediateOnTheOtherConnection())
                    .isInstanceOf(SQLiteException.class)
                    .satisfies(e -> assertThat(((SQLiteException) e).getResultCode().code & 0xff)
                            .isEqualTo(SQLiteErrorCode.SQLITE_BUSY.code));
            return null;
        });
    }

    @Test
    void aReadTransactionTakesNoWriteLock() throws SQLException {
        transactions.read(() -> {
            assertThat(workspace.cases().countOpen()).isZero();
            try {
                beginImmediateOnTheOtherConnection();
                rollbackOnTheOtherConnection();
            } catch (SQLException e) {
                throw new AssertionError("a read held the write lock", e);
            }
            return null;
        });
    }

    @Test
    void aReadCannotWriteAndTheConnectionWritesAgainAfterIt() {
        CaseReference first = new CaseReference(2026, 1);

        assertThatThrownBy(() -> transactions.read(() ->
                workspace.cases().insert(first, SampleCases.requiredOnly(), CaseStatus.NEW, AT)))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("readonly");

        assertThat(transactions.read(() -> workspace.cases().find(first))).isEmpty();
        transactions.inTransaction(() -> workspace.cases().insert(first, SampleCases.requiredOnly(), CaseStatus.NEW, AT));
        assertThat(transactions.read(() -> workspace.cases().find(first))).isPresent();
    }

    @Test
    void aReadJoinsASurroundingWriteAndAWriteCannotJoinARead() {
        CaseReference first = new CaseReference(2026, 1);
        transactions.inTransaction(() -> {
            workspace.cases().insert(first, SampleCases.requiredOnly(), CaseStatus.NEW, AT);
            // the nested read sees the write's own uncommitted insert
            assertThat(transactions.read(() -> workspace.cases().find(first))).isPresent();
            return null;
        });

        assertThatThrownBy(() -> transactions.read(() -> transactions.inTransaction(() -> workspace.cases().insert(
                new CaseReference(2026, 2), SampleCases.requiredOnly(), CaseStatus.NEW, AT))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("read-only transaction");
        assertThat(transactions.read(() -> workspace.cases().countOpen())).isEqualTo(1);
    }

    private void beginImmediateOnTheOtherConnection() throws SQLException {
        try (Statement statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
        }
    }

    private void rollbackOnTheOtherConnection() throws SQLException {
        try (Statement statement = other.createStatement()) {
            statement.execute("ROLLBACK");
        }
    }
}
