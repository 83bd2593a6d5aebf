package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.cli.json.Json;

/** Settled cases, a notified case, separate decision reasons and four eyes, from the command line. */
class RecordIntegrityCommandsTest {
    @TempDir
    Path temp;
    CliRunner cli;
    String ref;

    @BeforeEach
    void openAPolishCase() {
        cli = new CliRunner(temp.resolve("ws"));
        assertThat(cli.run("workspace", "init").code()).isZero();
        ref = cli.run("case", "new", "--title", "Stolen laptop", "--aware", "2026-03-30T10:00:00Z", "--jurisdiction", "PL")
                .out().strip();
    }

    private JsonNode json(String... args) throws Exception {
        CliRunner.Result result = cli.run(args);
        assertThat(result.code()).as(result.err()).isZero();
        return Json.mapper().readTree(result.out());
    }

    /** Everything stored about the case, as the command line shows it. */
    private String stored() throws Exception {
        return json("case", "show", ref, "--format", "json") + "\n" + json("deadlines", "list", ref, "--format", "json")
                + "\n" + json("assessment", "list", ref, "--format", "json") + "\n" + json("decision", "list", ref)
                + "\n" + json("audit", "list", ref, "--format", "json");
    }

    private void refusedUnchanged(String expected, String... args) throws Exception {
        String before = stored();
        CliRunner.Result refused = cli.run(args);
        assertThat(refused.code()).as(refused.out()).isEqualTo(2);
        assertThat(refused.err()).contains(expected);
        assertThat(refused.err().strip().lines()).hasSize(1);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aSettledCaseRefusesEveryChangeUntilReopenedWithAReason() throws Exception {
        assertThat(cli.run("case", "move", ref, "NOT_A_BREACH", "--reason", "The laptop was found, disk unread").code())
                .isZero();
        String settled = ref + " is settled (NOT_A_BREACH): it cannot be changed until it is reopened with a reason";
        Path patch = temp.resolve("patch.json");
        Files.writeString(patch, "{\"title\": \"Rewritten afterwards\"}");
        refusedUnchanged(settled, "case", "update", ref, "--from", patch.toString());
        refusedUnchanged(settled, "case", "event", ref, "aware", "2026-03-30T11:00:00Z");
        refusedUnchanged(settled, "case", "event", ref, "determination", "2026-03-30T11:00:00Z");
        refusedUnchanged(settled, "case", "flags", ref, "--set", "nis2-entity");
        refusedUnchanged(settled, "deadlines", "meet", ref, "GDPR-SA", "--at", "2026-03-31T06:00:00Z");
        refusedUnchanged(settled, "deadlines", "waive", ref, "GDPR-SA", "--reason", "Art. 33(1)");
        refusedUnchanged(settled, "assess", ref, "--dpc-base", "simple", "--ei", "0.5");

        refusedUnchanged("cannot reopen: a reason is required", "case", "move", ref, "TRIAGE");
        assertThat(cli.run("case", "move", ref, "TRIAGE", "--reason", "It was another laptop").code()).isZero();
        CliRunner.Result edited = cli.run("case", "update", ref, "--from", patch.toString());
        assertThat(edited.code()).as(edited.err()).isZero();
        assertThat(json("case", "show", ref, "--format", "json").get("title").asText()).isEqualTo("Rewritten afterwards");
    }

    @Test
    void aNotifiedCaseIsNotDismissed() throws Exception {
        assertThat(cli.run("deadlines", "meet", ref, "GDPR-SA", "--at", "2026-03-31T06:00:00Z").code()).isZero();
        refusedUnchanged("GDPR-SA was marked met at 2026-03-31T06:00:00Z: a case that was notified is closed",
                "case", "move", ref, "NOT_A_BREACH", "--reason", "Turned out harmless");
    }

    @Test
    void decideTakesAReasonForEachDecisionAndAJustificationOfItsOwn() throws Exception {
        assertThat(cli.run("assess", ref, "--dpc-base", "financial", "--ei", "1", "--cb-confidentiality", "0.5").code())
                .isZero();
        refusedUnchanged("--reason: --reason is one reason shared by both decisions", "decide", ref,
                "--authority", "yes", "--subjects", "yes", "--reason", "Cards exposed", "--subjects-reason", "Block cards");
        refusedUnchanged("--justification: the decision departs from the suggestion (authority yes, data subjects yes)",
                "decide", ref, "--authority", "yes", "--subjects", "no", "--reason", "Cards exposed");
        refusedUnchanged("--subjects-reason: a reason or an Art. 34(3) ground is required", "decide", ref,
                "--authority", "yes", "--subjects", "yes", "--authority-reason", "Cards exposed");

        CliRunner.Result decided = cli.run("decide", ref, "--authority", "yes", "--subjects", "no",
                "--authority-reason", "Card data of 1 200 customers", "--subjects-reason", "The cards were blocked at once",
                "--justification", "The bank blocked every card before any use");
        assertThat(decided.code()).as(decided.err()).isZero();
        JsonNode decision = json("decision", "list", ref).get(0);
        assertThat(decision.toString()).contains("Card data of 1 200 customers")
                .contains("The cards were blocked at once");
        assertThat(cli.run("audit", "list", ref).out())
                .contains("departure from the suggestion: The bank blocked every card before any use");

        assertThat(cli.run("decide", ref, "--authority", "yes", "--subjects", "yes", "--reason", "Cards exposed")
                .code()).as("the shorthand, when both share one reason and nothing departs").isZero();
    }

    @Test
    void theRecorderOfADecisionCannotSignItOff() throws Exception {
        assertThat(cli.run("assess", ref, "--dpc-base", "simple", "--ei", "0.5").code()).isZero();
        assertThat(cli.run("decide", ref, "--authority", "no", "--subjects", "no", "--reason", "Unlikely to result in a risk")
                .code()).isZero();
        refusedUnchanged("decision v1 was recorded by dpo.tester; dpo.tester cannot sign it off: another person must",
                "decision", "signoff", ref, "1");
        cli.withAccount("legal.reviewer", "reviewer");
        CliRunner.Result unassigned = cli.as("legal.reviewer").run("decision", "signoff", ref, "1");
        assertThat(unassigned.code()).isEqualTo(Cli.INVALID);
        assertThat(unassigned.err()).contains("not-assigned");
        assertThat(cli.run("case", "assign", ref, "legal.reviewer").code()).isZero();
        CliRunner.Result signed = cli.as("legal.reviewer").run("decision", "signoff", ref, "1");
        assertThat(signed.code()).as(signed.err()).isZero();
        assertThat(json("decision", "list", ref).get(0).get("signedOffBy").asText()).isEqualTo("legal.reviewer");
    }

    private JsonNode clock(String rule) throws Exception {
        for (JsonNode clock : json("deadlines", "list", ref, "--format", "json")) {
            if (clock.get("rule").asText().equals(rule)) {
                return clock;
            }
        }
        throw new AssertionError("no clock " + rule);
    }

    @Test
    void aClockIsNotMetBeforeItsTriggerOrInTheFuture() throws Exception {
        refusedUnchanged("--at: cannot mark GDPR-SA met at 2026-01-01T00:00:00Z: that is before aware", "deadlines", "meet",
                ref, "GDPR-SA", "--at", "2026-01-01T00:00:00Z");
        refusedUnchanged("--at: ", "deadlines", "meet", ref, "GDPR-SA", "--at", "2026-04-05T00:00:00Z");
        assertThat(clock("GDPR-SA").get("status").asText()).isEqualTo("running");
    }

    @Test
    void aWrongOutcomeIsCorrectedWithAReasonNeverDeleted() throws Exception {
        refusedUnchanged("GDPR-SA of " + ref + " has no recorded outcome to correct", "deadlines", "correct", ref,
                "GDPR-SA", "--withdraw", "--reason", "Marked on the wrong case");
        assertThat(cli.run("deadlines", "meet", ref, "GDPR-SA", "--at", "2026-03-31T06:00:00Z").code()).isZero();
        refusedUnchanged("--met-at: cannot mark GDPR-SA met at 2026-03-01T00:00:00Z", "deadlines", "correct", ref,
                "GDPR-SA", "--met-at", "2026-03-01T00:00:00Z", "--reason", "Typed the wrong day");
        CliRunner.Result corrected = cli.run("deadlines", "correct", ref, "GDPR-SA", "--met-at", "2026-03-30T18:00:00Z",
                "--reason", "Typed the wrong day");
        assertThat(corrected.code()).as(corrected.err()).isZero();
        assertThat(clock("GDPR-SA").get("metAt").asText()).isEqualTo("2026-03-30T18:00:00Z");
        assertThat(cli.run("deadlines", "correct", ref, "GDPR-SA", "--withdraw", "--reason", "It never left the outbox")
                .code()).isZero();
        assertThat(clock("GDPR-SA").get("status").asText()).isEqualTo("running");
        String audit = cli.run("audit", "list", ref).out();
        assertThat(audit).contains("clock-met").contains("met 2026-03-31T06:00:00Z").contains("Typed the wrong day")
                .contains("It never left the outbox");
    }

    @Test
    void theSubjectsClockFollowsADecisionNotToTellThem() throws Exception {
        assertThat(cli.run("assess", ref, "--dpc-base", "financial", "--ei", "1", "--cb-confidentiality", "0.5").code())
                .isZero();
        assertThat(cli.run("decide", ref, "--authority", "yes", "--subjects", "no", "--exception", "34-3-a",
                "--authority-reason", "Card data", "--justification", "The export was encrypted").code()).isZero();
        JsonNode subjects = clock("GDPR-DS");
        assertThat(subjects.get("status").asText()).isEqualTo("not-applicable");
        assertThat(subjects.get("reason").asText()).contains("decision v1");
    }
}
