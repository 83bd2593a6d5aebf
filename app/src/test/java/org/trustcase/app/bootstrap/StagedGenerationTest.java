package org.trustcase.app.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.AppContext;
import org.trustcase.app.testing.MutableClock;
import org.trustcase.model.common.Actor;
import org.trustcase.persistence.Workspace;

/**
 * The generator makes its cases with the use cases against a staged batch in memory and writes each batch at
 * once. Whatever that saves, the workspace must hold exactly what the same use cases run against the database
 * leave: every row of every table (the audit trail, assessments, decisions, outcomes, the deadline index, the
 * text index), compared with the slow way, table by table.
 */
class StagedGenerationTest {
    private static final List<String> TABLES = List.of("breach_case", "case_classification", "case_party",
            "audit_event", "assessment", "assessment_adjustment", "notification_decision", "case_event", "case_flag",
            "clock_outcome", "case_clock", "case_next_clock", "case_reference_counter", "case_search_fts",
            "workspace_meta");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T09:30:00Z"));
    private final AppContextFactory factory = new AppContextFactory(clock, new Actor("anna.dpo"));

    @Test
    void aStagedBatchWritesTheSameRowsAsTheUseCasesRunAgainstTheDatabase(@TempDir Path staged, @TempDir Path direct)
            throws SQLException {
        // more than one batch, so that numbering carrying on from batch to batch is checked too
        int count = 1_250;
        try (AppContext ignored = factory.generate(staged.resolve("ws"), count, 70, 11, done -> { })) {
            // written and closed
        }
        try (AppContext ignored = factory.generateThroughDatabase(direct.resolve("ws"), count, 70, 11)) {
            // written and closed
        }
        Map<String, List<String>> stagedRows = dump(staged.resolve("ws"));
        Map<String, List<String>> directRows = dump(direct.resolve("ws"));

        assertThat(stagedRows.get("breach_case")).hasSize(count);
        assertThat(stagedRows.get("audit_event")).hasSizeGreaterThan(count);
        assertThat(stagedRows.get("assessment")).isNotEmpty();
        assertThat(stagedRows.get("notification_decision")).isNotEmpty();
        assertThat(stagedRows.get("clock_outcome")).isNotEmpty();
        assertThat(stagedRows.get("case_next_clock")).isNotEmpty();
        for (String table : TABLES) {
            assertThat(stagedRows.get(table)).as(table).containsExactlyElementsOf(directRows.get(table));
        }
    }

    private static long firstAccountEvent(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT min(seq) FROM audit_event WHERE action = 'user-added'")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Every row of each table, in a fixed order, as text. */
    private static Map<String, List<String>> dump(Path workspace) throws SQLException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve(Workspace.DATABASE_FILE));
                Statement s = c.createStatement()) {
            for (String table : TABLES) {
                List<String> lines = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = r.getMetaData();
                    while (r.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            line.append(meta.getColumnName(i)).append('=').append(r.getString(i)).append('|');
                        }
                        lines.add(line.toString());
                    }
                }
                // when the file was made differs, and the demo accounts added after the cases (each password hash has a
                // salt of its own, so their events and those after them differ too)
                lines.removeIf(line -> line.startsWith("meta_key=created_at|"));
                if (table.equals("audit_event")) {
                    long firstAccount = firstAccountEvent(s);
                    lines.removeIf(line -> Long.parseLong(line.substring("seq=".length(), line.indexOf('|')))
                            >= firstAccount);
                }
                lines.sort(null);
                rows.put(table, lines);
            }
        }
        return rows;
    }
}
