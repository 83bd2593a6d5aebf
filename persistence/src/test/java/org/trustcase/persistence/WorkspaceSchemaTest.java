package org.trustcase.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.persistence.cases.StoredCodes;
import org.trustcase.persistence.jooq.Tables;
import org.trustcase.persistence.tx.SingleConnectionTransactions;

class WorkspaceSchemaTest {
    /** The versions of the SQLite migrations, every one of which a workspace must have applied. */
    private static final List<String> MIGRATIONS = List.of("1", "2", "3", "4", "5", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19",
            "20", "21", "22", "23", "24", "25", "26", "27", "28", "29");

    @TempDir
    Path dir;

    @Test
    void createMigratesTheNewDatabase() throws SQLException {
        try (Workspace workspace = Workspace.create(dir)) {
            assertThat(workspace.directory()).isEqualTo(dir);
            assertThat(Workspace.exists(dir)).isTrue();
        }
        assertThat(tables()).contains("workspace_meta", "breach_case", "case_classification", "case_party",
                "assessment", "assessment_adjustment", "notification_decision", "audit_event", "case_reference_counter",
                "flyway_schema_history");
        assertThat(appliedMigrations()).containsExactlyElementsOf(MIGRATIONS);
    }

    @Test
    void openMigratesAndLeavesAnUpToDateDatabaseAsItIs() throws SQLException {
        Workspace.create(dir).close();

        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.directory()).isEqualTo(dir);
        }
        assertThat(appliedMigrations()).containsExactlyElementsOf(MIGRATIONS);
    }

    @Test
    void version4DatesTheClosingOfCasesAlreadyClosedFromTheirLastStatusChange() throws SQLException {
        org.flywaydb.core.Flyway.configure().dataSource(url(), null, null).locations("classpath:db/migration/sqlite")
                .target("3").load().migrate();
        try (Connection connection = DriverManager.getConnection(url());
                var statement = connection.createStatement()) {
            statement.execute("INSERT INTO breach_case (id, ref_year, ref_seq, reference, title, aware_at, status,"
                    + " version, created_at, updated_at) VALUES"
                    + " (1, 2026, 1, 'TC-2026-0001', 'Closed', '2026-01-01T00:00:00.000Z', 'closed', 3,"
                    + " '2026-01-01T00:00:00.000Z', '2026-02-09T00:00:00.000Z'),"
                    + " (2, 2026, 2, 'TC-2026-0002', 'Open', '2026-01-01T00:00:00.000Z', 'triage', 2,"
                    + " '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z')");
            statement.execute("INSERT INTO audit_event (occurred_at, actor, case_reference, action, changes) VALUES"
                    + " ('2026-01-05T00:00:00.000Z', 'dpo', 'TC-2026-0001', 'case-status-changed', '[]'),"
                    + " ('2026-02-08T00:00:00.000Z', 'dpo', 'TC-2026-0001', 'case-status-changed', '[]'),"
                    + " ('2026-02-09T00:00:00.000Z', 'dpo', 'TC-2026-0001', 'case-updated', '[]'),"
                    + " ('2026-01-02T00:00:00.000Z', 'dpo', 'TC-2026-0002', 'case-status-changed', '[]')");
        }

        Workspace.open(dir).close();

        try (Connection connection = DriverManager.getConnection(url());
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT reference, closed_at FROM breach_case ORDER BY id")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(2)).as("the last status change").isEqualTo("2026-02-08T00:00:00.000Z");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(2)).as("an open case").isNull();
        }
    }

    @Test
    void version10FillsTheListSortKeysOfTheCasesAlreadyStored() throws SQLException {
        org.flywaydb.core.Flyway.configure().dataSource(url(), null, null).locations("classpath:db/migration/sqlite")
                .target("8").load().migrate();
        CaseStatus[] statuses = CaseStatus.values();
        try (Connection connection = DriverManager.getConnection(url());
                var statement = connection.createStatement()) {
            for (int i = 0; i < statuses.length; i++) {
                statement.execute("INSERT INTO breach_case (id, ref_year, ref_seq, reference, title, aware_at, status,"
                        + " version, created_at, updated_at) VALUES (" + (i + 1) + ", 2026, " + (i + 1)
                        + ", 'TC-2026-000" + (i + 1) + "', 'Case', '2026-01-01T00:00:00.000Z', '"
                        + statuses[i].code() + "', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')");
            }
            statement.execute("INSERT INTO case_next_clock (case_id, rule_id, due_at)"
                    + " VALUES (1, 'GDPR-SA', '2026-01-04T00:00:00.000Z')");
        }

        Workspace.open(dir).close();

        try (Connection connection = DriverManager.getConnection(url());
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT status, status_rank, next_due_sort_asc, next_due_sort_desc"
                        + " FROM breach_case ORDER BY id")) {
            for (CaseStatus status : statuses) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(2)).as(status.code()).isEqualTo(StoredCodes.rank(status));
                if (status == statuses[0]) {
                    assertThat(rows.getString(3)).isEqualTo("2026-01-04T00:00:00.000Z");
                    assertThat(rows.getString(4)).isEqualTo("2026-01-04T00:00:00.000Z");
                } else {
                    assertThat(rows.getString(3)).as("no next clock, last ascending").isEqualTo("~");
                    assertThat(rows.getString(4)).as("no next clock, last descending").isEmpty();
                }
            }
        }
    }

    @Test
    void openRunsMigrationsOnAnEmptyDatabaseLeftByAnInterruptedCreate() throws SQLException {
        // a valid SQLite file with no tables yet, marked as Trustcase's as its creation's first connection marks it
        // (an unmarked one is another file and refused: see WorkspaceUntouchedTest)
        try (Connection connection = DriverManager.getConnection(url());
                var statement = connection.createStatement()) {
            statement.execute("PRAGMA application_id = " + 0x54724373);
        }
        assertThat(dir.resolve(Workspace.DATABASE_FILE)).isNotEmptyFile();

        Workspace.open(dir).close();

        assertThat(tables()).contains("breach_case", "audit_event");
        assertThat(appliedMigrations()).containsExactlyElementsOf(MIGRATIONS);
    }

    @Test
    void theConnectionRunsWithWalFullSyncAndForeignKeys() {
        try (Workspace workspace = Workspace.create(dir)) {
            workspace.transactions().inTransaction(() -> {
                DSLContext dsl = dsl(workspace);
                assertThat(dsl.fetchValue("PRAGMA journal_mode")).hasToString("wal");
                assertThat(dsl.fetchValue("PRAGMA foreign_keys")).hasToString("1");
                assertThat(dsl.fetchValue("PRAGMA synchronous")).hasToString("2");
                assertThat(dsl.fetchValue("PRAGMA busy_timeout")).hasToString("5000");
                return null;
            });
            // foreign keys are enforced, not only switched on
            assertThatThrownBy(() -> workspace.transactions().inTransaction(() -> dsl(workspace)
                    .insertInto(Tables.CASE_PARTY)
                    .set(Tables.CASE_PARTY.CASE_ID, 999L)
                    .set(Tables.CASE_PARTY.POSITION, 0)
                    .set(Tables.CASE_PARTY.ROLE, "processor")
                    .set(Tables.CASE_PARTY.NAME, "nobody's")
                    .execute()))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void createRecordsItsTimeAndDemoMarkingIsKept() {
        try (Workspace workspace = Workspace.create(dir)) {
            String createdAt = workspace.transactions().inTransaction(() -> dsl(workspace)
                    .select(Tables.WORKSPACE_META.META_VALUE)
                    .from(Tables.WORKSPACE_META)
                    .where(Tables.WORKSPACE_META.META_KEY.eq("created_at"))
                    .fetchOne(Tables.WORKSPACE_META.META_VALUE));
            assertThat(createdAt).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
            assertThat(workspace.isDemo()).isFalse();
            workspace.markAsDemo();
            workspace.markAsDemo();
            assertThat(workspace.isDemo()).isTrue();
        }
        try (Workspace reopened = Workspace.open(dir)) {
            assertThat(reopened.isDemo()).isTrue();
        }
    }

    private static DSLContext dsl(Workspace workspace) {
        return ((SingleConnectionTransactions) workspace.transactions()).dsl("test");
    }

    private String url() {
        return "jdbc:sqlite:" + dir.resolve(Workspace.DATABASE_FILE);
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url());
                ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private List<String> appliedMigrations() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url())) {
            return DSL.using(connection).fetch("select version from flyway_schema_history where success = 1")
                    .getValues(0, String.class);
        }
    }

    @Test
    void theNewestMigrationTheQuickCheckExpectsIsFlywaysNewest() {
        assertThat(MIGRATIONS.get(MIGRATIONS.size() - 1))
                .isEqualTo(Integer.toString(org.trustcase.persistence.sqlite.SqliteDatabase.LATEST_MIGRATION));
        org.flywaydb.core.Flyway flyway = org.flywaydb.core.Flyway.configure()
                .locations(org.trustcase.persistence.sqlite.SqliteDatabase.MIGRATIONS)
                .dataSource("jdbc:sqlite::memory:", null, null).load();
        String newest = java.util.Arrays.stream(flyway.info().all()).map(m -> m.getVersion().getVersion())
                .reduce((a, b) -> b).orElseThrow();
        // the Java migration (V14) is not in the folder: the folder's newest is the newest of all
        assertThat(newest).isEqualTo(Integer.toString(org.trustcase.persistence.sqlite.SqliteDatabase.LATEST_MIGRATION));
    }
}
