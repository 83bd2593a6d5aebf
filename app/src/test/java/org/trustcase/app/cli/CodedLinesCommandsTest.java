package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.deadlines.CountFrom;
import org.trustcase.model.deadlines.DeadlineRule;
import org.trustcase.model.deadlines.RuleCatalog;
import org.trustcase.model.deadlines.TimeLimit;
import org.trustcase.persistence.Workspace;

/** The command line words the model's coded lines, and the sentences of older workspaces, as it always printed them. */
class CodedLinesCommandsTest {
    @TempDir
    Path temp;

    @Test
    void severityPrintsItsExplanationLineByLine() {
        CliRunner.Result result = new CliRunner(temp.resolve("none")).run("severity", "--dpc-base", "financial",
                "--dpc-adjust", "+1:a year of statements", "--ei", "0.75", "--cb-confidentiality", "0.5",
                "--cb-integrity", "0.25", "--malicious");
        // financial 3 + 1 = 4; 4 × 0.75 + 0.5 + 0.25 + 0.5 = 4.25
        assertThat(result.out()).isEqualTo(String.join(System.lineSeparator(),
                "Data processing context: financial data, base score 3.",
                "Adjusted by +1: a year of statements.",
                "Ease of identification: significant (0.75).",
                "Loss of confidentiality +0.5: Data disclosed to an unknown number of recipients, or made public.",
                "Loss of integrity +0.25: Data altered and possibly used incorrectly, but recoverable.",
                "Malicious intent +0.5: The breach was caused deliberately (theft, hacking, insider with intent to harm).",
                "Severity = DPC × EI + CB = 4 × 0.75 + 1.25 = 4.25: very-high.", ""));
    }

    @Test
    void suggestAndAuditPrintTheReasonsInWords() throws Exception {
        CliRunner cli = new CliRunner(temp.resolve("ws"));
        assertThat(cli.run("workspace", "init").code()).isZero();
        String ref = cli.run("case", "new", "--title", "Stolen laptop", "--aware", "2026-03-30T10:00:00Z").out().strip();
        assertThat(cli.run("assess", ref, "--dpc-base", "financial", "--ei", "1", "--cb-confidentiality", "0.5").code())
                .isZero();

        // financial 3 × 1 + 0.5 = 3.5: high; no subjects recorded
        List<String> reasons = List.of("Assessment v1: ENISA severity 3.5 (high) suggests a high risk.",
                "The number of data subjects is not yet recorded.",
                "Suggestion: a high risk - notify the supervisory authority (Art. 33) and the data subjects (Art. 34).");
        assertThat(cli.run("suggest", ref).out().lines()).containsExactlyElementsOf(reasons);
        JsonNode json = Json.mapper().readTree(cli.run("suggest", ref, "--format", "json").out());
        assertThat(json.get("reasons")).extracting(JsonNode::asText).containsExactlyElementsOf(reasons);

        assertThat(cli.run("decide", ref, "--authority", "yes", "--subjects", "yes", "--reason", "Cards exposed").code())
                .isZero();
        String audit = cli.run("audit", "list", ref).out();
        assertThat(audit).contains("\tassessment-recorded\t").contains("\treason: assessment v1")
                .contains("\treason: authority: Cards exposed | data subjects: Cards exposed");
        JsonNode decision = Json.mapper().readTree(cli.run("decision", "list", ref).out()).get(0);
        assertThat(decision.get("suggestion").get("reasons")).extracting(JsonNode::asText).containsExactlyElementsOf(reasons);
    }

    @Test
    void aWorkspaceFromBeforeTheCodesShowsItsSentencesAsTheyWere() throws SQLException, Exception {
        Path ws = temp.resolve("old");
        java.nio.file.Files.createDirectories(ws);
        String url = "jdbc:sqlite:" + ws.resolve(Workspace.DATABASE_FILE);
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/sqlite").target("8").load()
                .migrate();
        String old = "Severity = DPC × EI + CB = 3 × 1 + 0.5 = 3.5: high (as scored then).";
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO breach_case (id, ref_year, ref_seq, reference, title, aware_at, status, version,"
                    + " created_at, updated_at) VALUES (1, 2026, 1, 'TC-2026-0001', 'Lost laptop',"
                    + " '2026-03-01T10:00:00.000Z', 'investigating', 1, '2026-03-01T10:00:00.000Z',"
                    + " '2026-03-01T10:00:00.000Z')");
            sql.execute("INSERT INTO assessment (case_id, version, author, assessed_at, data_type, ease,"
                    + " cb_confidentiality, cb_integrity, cb_availability, malicious, dpc, cb, score, band, explanation)"
                    + " VALUES (1, 1, 'dpo', '2026-03-02T10:00:00.000Z', 'financial', '1', '0.5', '0', '0', 0,"
                    + " '3', '0.5', '3.5', 'high', '[\"Data processing context: financial data, base score 3.\", \""
                    + old + "\"]')");
        }

        // a workspace from before accounts: its first DPO is added without signing in
        CliRunner cli = new CliRunner(ws).withAccount(CliRunner.DPO, "dpo");
        CliRunner.Result listed = cli.run("assessment", "list", "TC-2026-0001", "--format", "json");
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(Json.mapper().readTree(listed.out()).get(0).get("explanation")).extracting(JsonNode::asText)
                .containsExactly("Data processing context: financial data, base score 3.", old);
    }

    @Test
    void theRulesListWordsEveryTimeLimitAsBefore() {
        List<String> lines = new CliRunner(temp.resolve("none")).run("deadlines", "rules").out().lines().toList();
        // every version of every rule, with how far it was checked and when it is in force
        List<DeadlineRule> rules = RuleCatalog.standard().allVersions();
        assertThat(lines).hasSize(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            DeadlineRule rule = rules.get(i);
            String limits = rule.limits().stream().map(CodedLinesCommandsTest::asBefore).collect(Collectors.joining(" / "));
            String period = !rule.dated() ? "always" : (rule.effectiveFrom() == null ? "" : rule.effectiveFrom()) + ".."
                    + (rule.effectiveUntil() == null ? "" : rule.effectiveUntil());
            String expected = String.format("%-22s %-6s %-58s %-13s %-23s %s", rule.id(), rule.kind().code(),
                    rule.limits().size() > 1 ? "earliest of " + limits : limits, rule.verification().code(), period,
                    rule.citation());
            assertThat(lines.get(i)).isEqualTo(expected);
        }
    }

    /** A time limit in the words the model wrote before its messages were codes: "1 calendar day after aware". */
    private static String asBefore(TimeLimit limit) {
        String unit = limit.unit().code().replace('-', ' ');
        String amount = limit.amount() + " " + (limit.amount() == 1 ? unit.substring(0, unit.length() - 1) : unit);
        String event = limit.event().code();
        String words = amount + " after " + (limit.from() == CountFrom.END_OF_YEAR ? "the end of the calendar year of "
                + event : event);
        if (limit.endsAt() != null) {
            words += ", ending at " + limit.endsAt();
        }
        if (limit.nonWorkingDayMovesTo() != null) {
            words += "; on a weekend or public holiday, " + limit.nonWorkingDayMovesTo() + " of the next working day";
        }
        if (limit.yieldsTo() != null) {
            words += ", unless " + limit.yieldsTo().code() + " comes later";
        }
        return words;
    }
}
