package org.trustcase.persistence.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.sqlite.SqliteDatabase;
import org.trustcase.persistence.testing.SampleCases;

/** Case references from the per-year counter (migration 5), on real workspace files. */
class CaseReferenceSequenceTest {
    private static final Instant AT = Instant.parse("2026-03-04T11:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theCounterIsSeededFromTheCasesOfAnExistingWorkspace() throws SQLException {
        // a workspace as it was before migration 5, with cases numbered the old way
        migrateTo("3");
        try (Connection connection = DriverManager.getConnection(url())) {
            insertOldStyle(connection, 2025, 3);
            insertOldStyle(connection, 2026, 1);
            insertOldStyle(connection, 2026, 7);
        }

        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(next(workspace, 2025)).isEqualTo(new CaseReference(2025, 4));
            assertThat(next(workspace, 2026)).isEqualTo(new CaseReference(2026, 8));
            assertThat(next(workspace, 2027)).isEqualTo(new CaseReference(2027, 1));
            assertThat(openNext(workspace, 2026)).hasToString("TC-2026-0008");
        }
    }

    @Test
    void numbersContinueAfterReopeningAndAfterExplicitReferences() {
        try (Workspace workspace = Workspace.create(dir)) {
            assertThat(openNext(workspace, 2026)).hasToString("TC-2026-0001");
            assertThat(openNext(workspace, 2026)).hasToString("TC-2026-0002");
            // a case stored under a number it was given, not one asked for: the counter follows it
            tx(workspace, () -> workspace.cases().insert(new CaseReference(2026, 40), SampleCases.requiredOnly(),
                    CaseStatus.NEW, AT));
            // a lower explicit number does not move the counter back
            tx(workspace, () -> workspace.cases().insert(new CaseReference(2026, 10), SampleCases.requiredOnly(),
                    CaseStatus.NEW, AT));
        }
        try (Workspace reopened = Workspace.open(dir)) {
            assertThat(openNext(reopened, 2026)).hasToString("TC-2026-0041");
            assertThat(openNext(reopened, 2025)).hasToString("TC-2025-0001");
        }
    }

    @Test
    void aRolledBackOpeningLeavesNoGap() {
        try (Workspace workspace = Workspace.create(dir)) {
            assertThat(openNext(workspace, 2026)).hasToString("TC-2026-0001");
            assertThatThrownBy(() -> tx(workspace, () -> {
                workspace.cases().insert(workspace.cases().nextReference(2026), SampleCases.requiredOnly(),
                        CaseStatus.NEW, AT);
                throw new IllegalStateException("the audit event could not be written");
            })).hasMessage("the audit event could not be written");

            assertThat(openNext(workspace, 2026)).hasToString("TC-2026-0002");
        }
    }

    @Test
    void twoConnectionsTakingNumbersOneAfterTheOtherNeverShareOne() {
        Workspace.create(dir).close();
        SqliteDatabase file = new SqliteDatabase(dir.resolve(Workspace.DATABASE_FILE));
        try (var first = file.connect(); var second = file.connect()) {
            JooqCaseRepository viaFirst = new JooqCaseRepository(first);
            JooqCaseRepository viaSecond = new JooqCaseRepository(second);
            for (int i = 0; i < 3; i++) {
                first.inTransaction(() -> viaFirst.insert(viaFirst.nextReference(2026), SampleCases.requiredOnly(),
                        CaseStatus.NEW, AT));
                second.inTransaction(() -> viaSecond.insert(viaSecond.nextReference(2026), SampleCases.requiredOnly(),
                        CaseStatus.NEW, AT));
            }
            assertThat(first.read(() -> viaFirst.findOpen(0, 100))).extracting(c -> c.reference().sequence())
                    .containsExactlyInAnyOrder(6, 5, 4, 3, 2, 1);
        }
    }

    private static CaseReference next(Workspace workspace, int year) {
        return tx(workspace, () -> workspace.cases().nextReference(year));
    }

    private static CaseReference openNext(Workspace workspace, int year) {
        return tx(workspace, () -> workspace.cases().insert(workspace.cases().nextReference(year),
                SampleCases.requiredOnly(), CaseStatus.NEW, AT)).reference();
    }

    private static <T> T tx(Workspace workspace, Supplier<T> work) {
        return workspace.transactions().inTransaction(work);
    }

    private void migrateTo(String version) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl(url());
        Flyway.configure().dataSource(dataSource).locations(SqliteDatabase.MIGRATIONS)
                .table("flyway_schema_history").target(version).load().migrate();
        assertThat(Files.exists(dir.resolve(Workspace.DATABASE_FILE))).isTrue();
    }

    private static void insertOldStyle(Connection connection, int year, int seq) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into breach_case (ref_year, ref_seq,"
                + " reference, title, aware_at, status, version, created_at, updated_at)"
                + " values (?, ?, ?, 'Lost USB stick', '2026-03-01T10:00:00.000Z', 'new', 1,"
                + " '2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z')")) {
            insert.setInt(1, year);
            insert.setInt(2, seq);
            insert.setString(3, new CaseReference(year, seq).toString());
            insert.executeUpdate();
        }
    }

    private String url() {
        return "jdbc:sqlite:" + dir.resolve(Workspace.DATABASE_FILE);
    }
}
