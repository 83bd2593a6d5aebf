package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.cli.json.Json;

class AssessmentCommandsTest {
    @TempDir
    Path temp;
    CliRunner cli;
    String ref;

    @BeforeEach
    void openACase() {
        cli = new CliRunner(temp.resolve("ws"));
        assertThat(cli.run("workspace", "init").code()).isZero();
        ref = cli.run("case", "new", "--title", "Stolen laptop", "--aware", "2026-03-30T10:00:00Z").out().strip();
    }

    private JsonNode json(CliRunner.Result result) throws Exception {
        assertThat(result.code()).as(result.err()).isZero();
        return Json.mapper().readTree(result.out());
    }

    @Test
    void severityPrintsTheScoreWithoutAWorkspace() throws Exception {
        CliRunner elsewhere = new CliRunner(temp.resolve("no-workspace-here"));
        JsonNode result = json(elsewhere.run("severity", "--dpc-base", "financial", "--dpc-adjust", "+1:a year of statements",
                "--ei", "0.75", "--cb-confidentiality", "0.5", "--malicious", "--format", "json"));
        assertThat(result.get("dpc").decimalValue()).isEqualByComparingTo("4");
        assertThat(result.get("ei").decimalValue()).isEqualByComparingTo("0.75");
        assertThat(result.get("cb").decimalValue()).isEqualByComparingTo("1");
        assertThat(result.get("score").decimalValue()).isEqualByComparingTo("4");
        assertThat(result.get("band").asText()).isEqualTo("very-high");
        assertThat(result.has("cbValuesVerified")).as("the shipped CB values are ENISA's: no notice").isFalse();
    }

    @Test
    void severityBandsAtTheBoundaries() throws Exception {
        assertThat(json(cli.run("severity", "--dpc-base", "behavioural", "--ei", "1", "--format", "json"))
                .get("band").asText()).isEqualTo("medium");
        assertThat(json(cli.run("severity", "--dpc-base", "sensitive", "--ei", "0.75", "--format", "json"))
                .get("band").asText()).isEqualTo("high");
        assertThat(json(cli.run("severity", "--dpc-base", "simple", "--ei", "1", "--cb-availability", "0.5",
                "--cb-integrity", "0.25", "--format", "json")).get("band").asText()).isEqualTo("low");
    }

    @Test
    void malformedOrOutOfRangeInputsExitTwoNamingTheOptionAndRecordNothing() throws Exception {
        CliRunner.Result badEase = cli.run("assess", ref, "--dpc-base", "simple", "--ei", "2");
        assertThat(badEase.code()).isEqualTo(2);
        assertThat(badEase.err()).contains("--ei: '2' is not an ease of identification");

        CliRunner.Result several = cli.run("assess", ref, "--dpc-base", "secret", "--ei", "1", "--cb-integrity", "0.3",
                "--dpc-adjust", "plus one");
        assertThat(several.code()).isEqualTo(2);
        assertThat(several.err()).contains("--dpc-base: unknown value 'secret'").contains("--cb-integrity: '0.3'")
                .contains("--dpc-adjust: 'plus one' is not DELTA:REASON");
        assertThat(several.err().strip().lines()).hasSize(1);

        CliRunner.Result missing = cli.run("severity", "--ei", "1");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--dpc-base");

        assertThat(json(cli.run("assessment", "list", ref, "--format", "json"))).isEmpty();
    }

    @Test
    void assessmentsAreVersionedAndListed() throws Exception {
        assertThat(cli.run("assess", ref, "--dpc-base", "simple", "--ei", "0.5", "--narrative", "Minor").code()).isZero();
        CliRunner.Result second = cli.run("assess", ref, "--dpc-base", "financial", "--ei", "1",
                "--cb-confidentiality", "0.5", "--narrative", "Card fraud likely");
        assertThat(second.out()).contains(ref + " assessment v2: high (3.5)");
        JsonNode list = json(cli.run("assessment", "list", ref, "--format", "json"));
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(list.get(1).get("band").asText()).isEqualTo("high");
        assertThat(list.get(1).get("inputs").get("dpcBase").asText()).isEqualTo("financial");
        assertThat(list.get(1).get("narrative").asText()).isEqualTo("Card fraud likely");
        assertThat(list.get(1).get("author").asText()).isEqualTo("dpo.tester");
        assertThat(cli.run("assessment", "compare", ref, "1", "2").out())
                .contains("* dataType").contains("  cb-integrity");
    }

    @Test
    void suggestExplainsItsOutcome() throws Exception {
        CliRunner.Result none = cli.run("suggest", ref, "--format", "json");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("no risk assessment recorded");

        cli.run("assess", ref, "--dpc-base", "financial", "--ei", "1", "--cb-confidentiality", "0.5");
        JsonNode suggestion = json(cli.run("suggest", ref, "--format", "json"));
        assertThat(suggestion.get("outcome").asText()).isEqualTo("high-risk");
        assertThat(suggestion.get("notifyAuthority").asBoolean()).isTrue();
        assertThat(suggestion.get("notifySubjects").asBoolean()).isTrue();
        assertThat(suggestion.get("exception").isNull()).isTrue();
        assertThat(suggestion.get("reasons").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void decideRecordsTheDecisionAndRefusesMissingReasons() throws Exception {
        cli.run("assess", ref, "--dpc-base", "financial", "--ei", "1", "--cb-confidentiality", "0.5");

        CliRunner.Result noReason = cli.run("decide", ref, "--authority", "yes", "--subjects", "yes");
        assertThat(noReason.code()).isEqualTo(2);
        assertThat(noReason.err()).contains("--authority-reason: a reason is required")
                .contains("--subjects-reason: a reason or an Art. 34(3) ground is required");

        CliRunner.Result exceptionWhileTelling = cli.run("decide", ref, "--authority", "yes", "--subjects", "yes",
                "--exception", "34-3-a", "--reason", "r");
        assertThat(exceptionWhileTelling.code()).isEqualTo(2);
        assertThat(exceptionWhileTelling.err()).contains("--exception: an Art. 34(3) ground applies only when");

        CliRunner.Result badException = cli.run("decide", ref, "--authority", "yes", "--subjects", "no",
                "--exception", "34-3-z", "--reason", "r");
        assertThat(badException.code()).isEqualTo(2);
        assertThat(badException.err()).contains("--exception: unknown value '34-3-z'");
        assertThat(json(cli.run("decision", "list", ref))).isEmpty();

        CliRunner.Result departing = cli.run("decide", ref, "--authority", "yes", "--subjects", "no",
                "--exception", "34-3-c", "--authority-reason", "Card data of 1 200 customers",
                "--justification", "No contact details for most customers; public notice instead");
        assertThat(departing.code()).as(departing.err()).isZero();
        assertThat(departing.out()).contains(ref + " decision v1 (departs from the suggestion)");

        JsonNode decisions = json(cli.run("decision", "list", ref));
        assertThat(decisions.get(0).get("publicCommunicationRequired").asBoolean()).isTrue();
        assertThat(decisions.get(0).get("suggestion").get("outcome").asText()).isEqualTo("high-risk");

        cli.withAccount("legal.reviewer", "reviewer");
        assertThat(cli.run("case", "assign", ref, "legal.reviewer").code()).isZero();
        assertThat(cli.as("legal.reviewer").run("decision", "signoff", ref, "1").out())
                .contains("signed off by legal.reviewer");
        JsonNode events = json(cli.run("audit", "list", ref, "--format", "json"));
        assertThat(events).extracting(e -> e.get("action").asText())
                .contains("assessment-recorded", "decision-recorded", "decision-signed-off");
    }

    @Test
    void closingNeedsAnAssessmentAndADecision() throws Exception {
        java.nio.file.Path patch = temp.resolve("complete.json");
        java.nio.file.Files.writeString(patch, """
                {"owner": "Jan", "breachTypes": ["confidentiality"], "dataCategories": ["contact-details"],
                 "containedAt": "2026-03-31T00:00:00Z", "remedialActions": "Disk encryption enforced"}
                """);
        assertThat(cli.run("case", "update", ref, "--from", patch.toString()).code()).isZero();
        assertThat(cli.run("case", "move", ref, "TRIAGE").code()).isZero();
        assertThat(cli.run("case", "move", ref, "INVESTIGATING").code()).isZero();
        CliRunner.Result refused = cli.run("case", "move", ref, "CLOSED");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("cannot close: no risk assessment recorded");

        cli.run("assess", ref, "--dpc-base", "simple", "--ei", "0.5");
        cli.run("decide", ref, "--authority", "no", "--subjects", "no", "--reason", "Unlikely to result in a risk");
        CliRunner.Result closed = cli.run("case", "move", ref, "CLOSED");
        assertThat(closed.code()).as(closed.err()).isZero();
    }
}
