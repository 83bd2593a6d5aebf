package org.trustcase.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a case's history is made of cannot be rewritten by a statement that goes around the
 * application (or by a bug in it): the triggers refuse it, and a refused statement changes nothing.
 */
class AppendOnlyTablesTest {
    private static final String T = "'2026-03-01T10:00:00.000Z'";

    @TempDir
    Path dir;

    /** A case with an assessment (one adjustment), a decision, an audit event and a met clock, stored under V10. */
    @BeforeEach
    void aCaseStoredBeforeVersion11() throws SQLException {
        Flyway.configure().dataSource(url(), null, null).locations("classpath:db/migration/sqlite").target("10")
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(url()); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO breach_case (id, ref_year, ref_seq, reference, title, aware_at, status, version,"
                    + " created_at, updated_at) VALUES (1, 2026, 1, 'TC-2026-0001', 'Lost laptop', " + T
                    + ", 'investigating', 1, " + T + ", " + T + ")");
            sql.execute("INSERT INTO assessment (case_id, version, author, assessed_at, data_type, ease,"
                    + " cb_confidentiality, cb_integrity, cb_availability, malicious, dpc, cb, score, band, explanation)"
                    + " VALUES (1, 1, 'dpo', " + T + ", 'financial', '1', '0.5', '0', '0', 0, '3', '0.5', '3.5', 'high',"
                    + " '[]')");
            sql.execute("INSERT INTO assessment_adjustment (case_id, version, position, delta, reason)"
                    + " VALUES (1, 1, 0, '1', 'a year of statements')");
            sql.execute("INSERT INTO notification_decision (case_id, version, author, decided_at, notify_authority,"
                    + " authority_reason, notify_subjects, subjects_reason, assessment_version, suggested_outcome,"
                    + " suggested_authority, suggested_subjects, suggestion_reasons)"
                    + " VALUES (1, 1, 'dpo', " + T + ", 1, 'risk to customers', 1, 'cards to block', 1, 'high-risk', 1, 1,"
                    + " '[]')");
            sql.execute("INSERT INTO audit_event (seq, occurred_at, actor, case_reference, action, changes)"
                    + " VALUES (1, " + T + ", 'dpo', 'TC-2026-0001', 'case-created', '[]')");
            sql.execute("INSERT INTO clock_outcome (case_id, rule_id, kind, outcome_at, reason, recorded_by, recorded_at)"
                    + " VALUES (1, 'GDPR-SA', 'met', " + T + ", NULL, 'dpo', " + T + ")");
        }
        Flyway.configure().dataSource(url(), null, null).locations("classpath:db/migration/sqlite").load().migrate();
    }

    private String url() {
        return "jdbc:sqlite:" + dir.resolve(Workspace.DATABASE_FILE);
    }

    /** Every row of the tables that make up the history, as text. */
    private List<String> history() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url()); Statement sql = connection.createStatement()) {
            for (String table : List.of("breach_case", "assessment", "assessment_adjustment", "notification_decision",
                    "audit_event", "clock_outcome")) {
                try (ResultSet r = sql.executeQuery("SELECT * FROM " + table)) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= columns; i++) {
                            row.append(" | ").append(r.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }

    private void refused(String statement, String message) throws SQLException {
        List<String> before = history();
        try (Connection connection = DriverManager.getConnection(url()); Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.execute(statement)).as(statement).hasMessageContaining(message);
        }
        assertThat(history()).as("nothing changed by " + statement).isEqualTo(before);
    }

    private void execute(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url()); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    @Test
    void theMigrationKeepsEveryStoredOutcomeAsTheFirstOfItsClock() throws SQLException {
        assertThat(history()).contains("clock_outcome | 1 | GDPR-SA | 1 | met | 2026-03-01T10:00:00.000Z | null | null"
                + " | dpo | 2026-03-01T10:00:00.000Z");
    }

    @Test
    void aDecisionIsNeverChangedButForItsOneSignOff() throws SQLException {
        String never = "a decision is never changed";
        refused("UPDATE notification_decision SET case_id = 2", never);
        refused("UPDATE notification_decision SET version = 7", never);
        refused("UPDATE notification_decision SET suggested_outcome = 'no-risk'", never);
        refused("UPDATE notification_decision SET suggestion_reasons = '[]', authority_reason = 'other'", never);
        refused("UPDATE notification_decision SET signed_off_at = " + T, never);
        refused("UPDATE notification_decision SET signed_off_by = 'legal'", never);
        execute("UPDATE notification_decision SET signed_off_by = 'legal', signed_off_at = " + T);
        refused("UPDATE notification_decision SET signed_off_by = 'someone else', signed_off_at = " + T, never);
        refused("DELETE FROM notification_decision", "never deleted");
    }

    @Test
    void assessmentsAuditEventsAndCasesAreNeverRewrittenOrDeleted() throws SQLException {
        refused("UPDATE assessment SET band = 'low'", "never overwritten");
        refused("DELETE FROM assessment", "never deleted");
        refused("UPDATE assessment_adjustment SET reason = 'none'", "never overwritten");
        refused("DELETE FROM audit_event", "append-only");
        refused("UPDATE audit_event SET actor = 'someone else'", "append-only");
        refused("DELETE FROM breach_case", "a case is never deleted");
        execute("INSERT INTO assessment (case_id, version, author, assessed_at, data_type, ease, cb_confidentiality,"
                + " cb_integrity, cb_availability, malicious, dpc, cb, score, band, explanation)"
                + " VALUES (1, 2, 'dpo', " + T + ", 'simple', '0.25', '0', '0', '0', 0, '1', '0', '0.25', 'low', '[]')");
        refused("INSERT INTO assessment_adjustment (case_id, version, position, delta, reason)"
                + " VALUES (1, 1, 1, '1', 'added afterwards')", "never overwritten");
    }

    @Test
    void aClockOutcomeIsCorrectedByALaterOneWithAReasonAndNeverChanged() throws SQLException {
        refused("UPDATE clock_outcome SET outcome_at = '2026-02-01T10:00:00.000Z'", "never changed");
        refused("DELETE FROM clock_outcome", "never deleted");
        refused("INSERT INTO clock_outcome (case_id, rule_id, seq, kind, outcome_at, recorded_by, recorded_at)"
                + " VALUES (1, 'GDPR-SA', 2, 'waived', " + T + ", 'dpo', " + T + ")", "only by a correction with a reason");
        refused("INSERT INTO clock_outcome (case_id, rule_id, seq, kind, outcome_at, correction_reason, recorded_by,"
                + " recorded_at) VALUES (1, 'GDPR-SA', 5, 'waived', " + T + ", 'typo', 'dpo', " + T + ")", "in order");
        refused("INSERT INTO clock_outcome (case_id, rule_id, seq, kind, outcome_at, recorded_by, recorded_at)"
                + " VALUES (1, 'GDPR-SA', 2, 'withdrawn', " + T + ", 'dpo', " + T + ")", "a correction with a reason");
        execute("INSERT INTO clock_outcome (case_id, rule_id, seq, kind, outcome_at, correction_reason, recorded_by,"
                + " recorded_at) VALUES (1, 'GDPR-SA', 2, 'withdrawn', " + T + ", 'marked on the wrong case', 'dpo', "
                + T + ")");
        execute("INSERT INTO clock_outcome (case_id, rule_id, seq, kind, outcome_at, recorded_by, recorded_at)"
                + " VALUES (1, 'GDPR-SA', 3, 'met', " + T + ", 'dpo', " + T + ")");
        assertThat(history()).filteredOn(row -> row.startsWith("clock_outcome")).hasSize(3);
    }
}
