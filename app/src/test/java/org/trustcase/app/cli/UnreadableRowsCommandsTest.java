package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.cli.json.Json;

/** One malformed row (a code this version does not know) is reported; every other row is still listed. */
class UnreadableRowsCommandsTest {
    @TempDir
    Path temp;
    CliRunner cli;
    String first;
    String broken;
    String last;

    @BeforeEach
    void threeCasesOneOfThemMalformed() throws Exception {
        cli = new CliRunner(temp.resolve("ws"));
        assertThat(cli.run("workspace", "init").code()).isZero();
        first = open("First");
        broken = open("Broken");
        last = open("Last");
        sql("UPDATE breach_case SET channel = 'carrier-pigeon' WHERE reference = '" + broken + "'",
                "DROP TRIGGER audit_event_no_update",
                "UPDATE audit_event SET action = 'case-teleported' WHERE case_reference = '" + broken + "'");
    }

    private String open(String title) {
        CliRunner.Result result = cli.run("case", "new", "--title", title, "--aware", "2026-03-30T10:00:00Z");
        assertThat(result.code()).as(result.err()).isZero();
        return result.out().strip();
    }

    private void sql(String... statements) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("ws/trustcase.db"));
                Statement statement = db.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Test
    void caseListShowsTheOtherCasesAndReportsTheMalformedOne() throws Exception {
        CliRunner.Result text = cli.run("case", "list");
        assertThat(text.code()).isEqualTo(Cli.INCOMPLETE);
        assertThat(text.out()).contains(first, last).doesNotContain(broken);
        assertThat(text.err().strip()).isEqualTo("trustcase: " + broken
                + " could not be read and is left out: unknown report channel code 'carrier-pigeon' in the database");

        CliRunner.Result json = cli.run("case", "list", "--format", "json");
        assertThat(json.code()).isEqualTo(Cli.INCOMPLETE);
        JsonNode cases = Json.mapper().readTree(json.out());
        assertThat(cases).hasSize(2);
        assertThat(json.err().strip().lines()).hasSize(1).first().asString().contains(broken);
    }

    @Test
    void auditListShowsTheOtherEventsAndReportsTheMalformedOne() throws Exception {
        CliRunner.Result all = cli.run("audit", "list");
        assertThat(all.code()).isEqualTo(Cli.INCOMPLETE);
        assertThat(all.out()).contains(first, last).doesNotContain(broken);
        assertThat(all.err().strip()).matches("trustcase: audit event \\d+ could not be read and is left out: "
                + "unknown audit action code 'case-teleported' in the database");

        CliRunner.Result json = cli.run("audit", "list", "--format", "json");
        assertThat(json.code()).isEqualTo(Cli.INCOMPLETE);
        // the workspace's creation, its first account, and the case's other event
        assertThat(Json.mapper().readTree(json.out())).hasSize(4);
    }

    @Test
    void listsWithoutMalformedRowsExitZero() {
        CliRunner.Result result = cli.run("audit", "list", first);
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
    }
}
