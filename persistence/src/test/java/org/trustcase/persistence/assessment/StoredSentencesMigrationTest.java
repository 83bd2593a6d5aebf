package org.trustcase.persistence.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Problem;
import org.trustcase.persistence.Workspace;

/**
 * A workspace whose explanations and suggestion reasons were stored as sentences (before version 9)
 * keeps every sentence, in order, as the code {@code legacy-text} with the sentence as its argument.
 */
class StoredSentencesMigrationTest {
    private static final CaseReference REF = new CaseReference(2026, 1);
    private static final String SCORE = "Severity = DPC × EI + CB = 3 × 1 + 0.5 = 3.5: high.";
    private static final String QUOTED = "Adjusted by +1: the controller's \"VIP\" list {all of it}.";
    private static final String CONCLUSION = "Suggestion: a high risk - notify the supervisory authority (Art. 33)"
            + " and the data subjects (Art. 34).";

    @TempDir
    Path dir;

    @Test
    void sentencesStoredBeforeVersion9ReadBackAsLegacyTextInTheirOrder() throws SQLException {
        migrateTo("8");
        try (Connection connection = DriverManager.getConnection(url()); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO breach_case (id, ref_year, ref_seq, reference, title, aware_at, status, version,"
                    + " created_at, updated_at) VALUES (1, 2026, 1, 'TC-2026-0001', 'Lost laptop',"
                    + " '2026-03-01T10:00:00.000Z', 'investigating', 1, '2026-03-01T10:00:00.000Z',"
                    + " '2026-03-01T10:00:00.000Z')");
            sql.execute("INSERT INTO assessment (case_id, version, author, assessed_at, data_type, ease,"
                    + " cb_confidentiality, cb_integrity, cb_availability, malicious, dpc, cb, score, band, explanation)"
                    + " VALUES (1, 1, 'dpo', '2026-03-02T10:00:00.000Z', 'financial', '1', '0.5', '0', '0', 0,"
                    + " '3', '0.5', '3.5', 'high', " + quoted(json(QUOTED, SCORE)) + ")");
            for (int version = 1; version <= 2; version++) {
                sql.execute("INSERT INTO notification_decision (case_id, version, author, decided_at, notify_authority,"
                        + " authority_reason, notify_subjects, subjects_reason, assessment_version, suggested_outcome,"
                        + " suggested_authority, suggested_subjects, suggestion_reasons, signed_off_by, signed_off_at)"
                        + " VALUES (1, " + version + ", 'dpo', '2026-03-03T10:00:00.000Z', 1, 'risk to customers', 1,"
                        + " 'cards to block', 1, 'high-risk', 1, 1, " + quoted(json("About 20000 data subjects.", CONCLUSION))
                        + (version == 1 ? ", 'legal', '2026-03-04T10:00:00.000Z')" : ", NULL, NULL)"));
            }
        }

        try (Workspace workspace = Workspace.open(dir)) {
            List<Assessment> assessments = workspace.transactions().read(() -> workspace.assessments().list(REF));
            assertThat(assessments.get(0).result().explanation())
                    .containsExactly(Problem.of("legacy-text", QUOTED), Problem.of("legacy-text", SCORE));
            List<NotificationDecision> decisions = workspace.transactions().read(() -> workspace.decisions().list(REF));
            assertThat(decisions).as("the signed-off decision too").hasSize(2).allSatisfy(decision -> assertThat(
                    decision.suggestion().reasons()).containsExactly(Problem.of("legacy-text", "About 20000 data subjects."),
                            Problem.of("legacy-text", CONCLUSION)));
            assertThat(decisions.get(0).signOff().reviewer()).isEqualTo("legal");
        }

        try (Connection connection = DriverManager.getConnection(url()); Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE assessment SET explanation = '[]'"))
                    .as("the triggers are back").hasMessageContaining("never overwritten");
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE notification_decision SET suggestion_reasons = '[]'"
                    + " WHERE version = 1")).hasMessageContaining("never changed");
        }
    }

    @Test
    void anEmptyListStaysEmpty() throws SQLException {
        migrateTo("8");
        try (Connection connection = DriverManager.getConnection(url()); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO breach_case (id, ref_year, ref_seq, reference, title, aware_at, status, version,"
                    + " created_at, updated_at) VALUES (1, 2026, 1, 'TC-2026-0001', 'x', '2026-03-01T10:00:00.000Z',"
                    + " 'new', 1, '2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z')");
            sql.execute("INSERT INTO assessment (case_id, version, author, assessed_at, data_type, ease,"
                    + " cb_confidentiality, cb_integrity, cb_availability, malicious, dpc, cb, score, band, explanation)"
                    + " VALUES (1, 1, 'dpo', '2026-03-02T10:00:00.000Z', 'simple', '1', '0', '0', '0', 0,"
                    + " '1', '0', '1', 'low', '[]')");
        }
        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(workspace.transactions().read(() -> workspace.assessments().list(REF)).get(0).result()
                    .explanation()).isEmpty();
        }
    }

    /** A new workspace database, migrated only up to {@code version}. */
    private void migrateTo(String version) {
        Flyway.configure().dataSource(url(), null, null).locations("classpath:db/migration/sqlite").target(version)
                .load().migrate();
    }

    private String url() {
        return "jdbc:sqlite:" + dir.resolve(Workspace.DATABASE_FILE);
    }

    /** The lines as the versions before 9 stored them: a JSON array of strings. */
    private static String json(String... lines) {
        StringBuilder json = new StringBuilder("[");
        for (String line : lines) {
            json.append(json.length() > 1 ? "," : "").append('"')
                    .append(line.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return json.append(']').toString();
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
