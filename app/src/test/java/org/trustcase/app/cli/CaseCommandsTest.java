package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.DesktopStart;
import org.trustcase.app.cli.json.Json;

class CaseCommandsTest {
    @TempDir
    Path temp;
    CliRunner cli;

    @BeforeEach
    void initWorkspace() {
        cli = new CliRunner(temp.resolve("ws"));
        assertThat(cli.run("workspace", "init").code()).isZero();
    }

    private JsonNode json(CliRunner.Result result) throws Exception {
        assertThat(result.code()).as(result.err()).isZero();
        return Json.mapper().readTree(result.out());
    }

    private String newCase(String... extra) {
        String[] args = new String[4 + extra.length + 2];
        args[0] = "case";
        args[1] = "new";
        args[2] = "--title";
        args[3] = "Misdirected e-mail";
        System.arraycopy(extra, 0, args, 4, extra.length);
        args[args.length - 2] = "--aware";
        args[args.length - 1] = "2026-03-30T10:00:00Z";
        CliRunner.Result result = cli.run(args);
        assertThat(result.code()).as(result.err()).isZero();
        return result.out().strip();
    }

    @Test
    void newPrintsTheReferenceAndShowRoundTripsEveryOption() throws Exception {
        String ref = newCase("--detected", "2026-03-29T08:00:00Z", "--summary", "Sent to the wrong list",
                "--jurisdiction", "PL", "--jurisdiction", "us-ca", "--reporter", "HR", "--channel", "email",
                "--owner", "Jan", "--aware-gap-reason", "Checked the recipients first");
        assertThat(ref).isEqualTo("TC-2026-0001");

        JsonNode shown = json(cli.run("case", "show", ref, "--format", "json"));
        assertThat(shown.get("reference").asText()).isEqualTo(ref);
        assertThat(shown.get("title").asText()).isEqualTo("Misdirected e-mail");
        assertThat(shown.get("awareAt").asText()).isEqualTo("2026-03-30T10:00:00Z");
        assertThat(shown.get("detectedAt").asText()).isEqualTo("2026-03-29T08:00:00Z");
        assertThat(shown.get("summary").asText()).isEqualTo("Sent to the wrong list");
        assertThat(shown.get("jurisdictions").toString()).isEqualTo("[\"PL\",\"US-CA\"]");
        assertThat(shown.get("reporter").asText()).isEqualTo("HR");
        assertThat(shown.get("channel").asText()).isEqualTo("email");
        assertThat(shown.get("owner").asText()).isEqualTo("Jan");
        assertThat(shown.get("awareGapReason").asText()).isEqualTo("Checked the recipients first");
        assertThat(shown.get("status").asText()).isEqualTo("NEW");
        assertThat(shown.get("version").asLong()).isEqualTo(1);
        assertThat(shown.get("createdAt").asText()).isEqualTo("2026-04-01T09:00:00Z");
        assertThat(shown.has("containedAt")).isTrue();
        assertThat(shown.get("containedAt").isNull()).isTrue();
    }

    @Test
    void listPrintsEveryCaseAsJson() throws Exception {
        newCase();
        newCase();
        String printed = cli.run("case", "list", "--format", "json").out();
        JsonNode list = Json.mapper().readTree(printed);
        // written element by element, it is the same document as the array printed at once
        assertThat(printed).isEqualTo(Json.print(list) + System.lineSeparator());
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("reference").asText()).isEqualTo("TC-2026-0002");
        for (JsonNode c : list) {
            assertThat(c.get("title").asText()).isEqualTo("Misdirected e-mail");
            assertThat(c.get("status").asText()).isEqualTo("NEW");
            assertThat(c.get("awareAt").asText()).isEqualTo("2026-03-30T10:00:00Z");
        }
        assertThat(cli.run("case", "list").out()).contains("TC-2026-0001", "NEW", "Misdirected e-mail");
    }

    @Test
    void badInputToNewExitsTwoNamingTheProblemAndStoresNothing() throws Exception {
        CliRunner.Result badInstant = cli.run("case", "new", "--title", "T", "--aware", "2026-03-32T10:00:00Z");
        assertThat(badInstant.code()).isEqualTo(2);
        assertThat(badInstant.err()).contains("--aware").contains("2026-03-32T10:00:00Z")
                .contains("not an ISO-8601 instant");
        assertThat(badInstant.err().strip()).doesNotContain("\n");

        CliRunner.Result badJurisdiction = cli.run("case", "new", "--title", "T", "--aware", "2026-03-30T10:00:00Z",
                "--jurisdiction", "XX");
        assertThat(badJurisdiction.code()).isEqualTo(2);
        assertThat(badJurisdiction.err()).contains("--jurisdiction").contains("unknown jurisdiction code 'XX'");

        CliRunner.Result noTitle = cli.run("case", "new", "--aware", "2026-03-30T10:00:00Z");
        assertThat(noTitle.code()).isEqualTo(2);
        assertThat(noTitle.err()).contains("--title");

        CliRunner.Result blankTitle = cli.run("case", "new", "--title", " ", "--aware", "2026-03-30T10:00:00Z");
        assertThat(blankTitle.code()).isEqualTo(2);
        assertThat(blankTitle.err()).contains("title: is required");

        CliRunner.Result future = cli.run("case", "new", "--title", "T", "--aware", "2026-05-01T00:00:00Z");
        assertThat(future.code()).isEqualTo(2);
        assertThat(future.err()).contains("awareAt: is in the future");

        assertThat(json(cli.run("case", "list", "--format", "json"))).isEmpty();
        // the workspace's creation and its first account only
        assertThat(json(cli.run("audit", "list", "--format", "json"))).hasSize(2);
    }

    @Test
    void showOfAnUnknownOrMalformedReferenceExitsTwo() {
        CliRunner.Result unknown = cli.run("case", "show", "TC-2026-0999");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no case TC-2026-0999");
        CliRunner.Result malformed = cli.run("case", "show", "42");
        assertThat(malformed.code()).isEqualTo(2);
        assertThat(malformed.err()).contains("'42' is not a case reference");
    }

    @Test
    void moveAppliesLegalTransitionsAndRefusesOthersWithTheGuardsMessage() throws Exception {
        String ref = newCase();
        CliRunner.Result triage = cli.run("case", "move", ref, "TRIAGE");
        assertThat(triage.code()).as(triage.err()).isZero();
        assertThat(triage.out()).contains(ref + " TRIAGE");

        CliRunner.Result illegal = cli.run("case", "move", ref, "CLOSED");
        assertThat(illegal.code()).isEqualTo(2);
        assertThat(illegal.err()).contains("cannot move from TRIAGE to CLOSED: not a legal transition");

        CliRunner.Result guarded = cli.run("case", "move", ref, "investigating");
        assertThat(guarded.code()).isEqualTo(2);
        assertThat(guarded.err().strip()).isEqualTo("trustcase: cannot start the investigation: no owner assigned");

        CliRunner.Result noRationale = cli.run("case", "move", ref, "NOT_A_BREACH");
        assertThat(noRationale.code()).isEqualTo(2);
        assertThat(noRationale.err()).contains("a rationale is required");

        CliRunner.Result unknownStatus = cli.run("case", "move", ref, "DONE");
        assertThat(unknownStatus.code()).isEqualTo(2);
        assertThat(unknownStatus.err()).contains("unknown status 'DONE'");

        assertThat(cli.run("case", "move", ref, "NOT_A_BREACH", "--reason", "Test data only").code()).isZero();
        JsonNode shown = json(cli.run("case", "show", ref, "--format", "json"));
        assertThat(shown.get("status").asText()).isEqualTo("NOT_A_BREACH");
        assertThat(shown.get("statusReason").asText()).isEqualTo("Test data only");
    }

    @Test
    void aCaseStepsBackOneStatusWithAReason() throws Exception {
        String ref = newCase("--owner", "Jan");
        assertThat(cli.run("case", "move", ref, "TRIAGE").code()).isZero();
        assertThat(cli.run("case", "move", ref, "INVESTIGATING").code()).isZero();

        CliRunner.Result noReason = cli.run("case", "move", ref, "TRIAGE");
        assertThat(noReason.code()).isEqualTo(2);
        assertThat(noReason.err().strip()).isEqualTo("trustcase: cannot step back: a reason is required");
        assertThat(json(cli.run("case", "show", ref, "--format", "json")).get("status").asText())
                .as("nothing changed").isEqualTo("INVESTIGATING");

        assertThat(cli.run("case", "move", ref, "TRIAGE", "--reason", "Wrong team; triage again").code()).isZero();
        assertThat(cli.run("case", "move", ref, "NEW", "--reason", "Reported twice; start over").code()).isZero();
        JsonNode shown = json(cli.run("case", "show", ref, "--format", "json"));
        assertThat(shown.get("status").asText()).isEqualTo("NEW");
        assertThat(shown.get("statusReason").asText()).isEqualTo("Reported twice; start over");
    }

    @Test
    void everyChangeAppearsInTheAuditTrail() throws Exception {
        String ref = newCase("--owner", "Jan");
        Path patch = temp.resolve("patch.json");
        Files.writeString(patch, "{\"owner\": \"Ewa\"}");
        assertThat(cli.run("case", "update", ref, "--from", patch.toString()).code()).isZero();
        assertThat(cli.run("case", "move", ref, "TRIAGE").code()).isZero();

        JsonNode events = json(cli.run("audit", "list", ref, "--format", "json"));
        assertThat(events).hasSize(3);
        assertThat(events.get(0).get("action").asText()).isEqualTo("case-created");
        assertThat(events.get(1).get("action").asText()).isEqualTo("case-updated");
        assertThat(events.get(1).get("changes").toString())
                .isEqualTo("[{\"field\":\"owner\",\"before\":\"Jan\",\"after\":\"Ewa\"}]");
        assertThat(events.get(2).get("action").asText()).isEqualTo("case-status-changed");
        assertThat(events.get(2).get("changes").get(0).get("after").asText()).isEqualTo("TRIAGE");
        for (JsonNode event : events) {
            assertThat(event.get("actor").asText()).isEqualTo("dpo.tester");
            assertThat(event.get("at").asText()).isEqualTo("2026-04-01T09:00:00Z");
            assertThat(event.get("case").asText()).isEqualTo(ref);
        }
        JsonNode all = json(cli.run("audit", "list", "--format", "json"));
        assertThat(all).hasSize(5);
        assertThat(all.get(0).get("action").asText()).isEqualTo("workspace-created");
        assertThat(all.get(1).get("action").asText()).isEqualTo("user-added");
        assertThat(cli.run("audit", "list").out()).contains("owner: Jan -> Ewa");
    }

    @Test
    void globalOptionsMayFollowTheSubcommand() throws Exception {
        newCase();
        CliRunner.Result result = cli.runRaw("case", "list", "--format", "json", "--workspace",
                temp.resolve("ws").toString());
        assertThat(json(result)).hasSize(1);
    }

    @Test
    void usageErrorsExitTwoOnOneLine() {
        CliRunner.Result unknown = cli.run("case", "frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().strip().lines()).hasSize(1);
    }

    @Test
    void debugAddsTheStackTrace() {
        CliRunner.Result quiet = cli.run("case", "show", "TC-2026-0999");
        CliRunner.Result debug = cli.run("--debug", "case", "show", "TC-2026-0999");
        assertThat(quiet.err()).doesNotContain("\tat ");
        assertThat(debug.err()).contains("NotFoundException").contains("\tat ");
    }

    @Test
    void noSubcommandStartsTheDesktopOnTheChosenWorkspace() {
        CliRunner.Result result = cli.run();
        assertThat(result.code()).isZero();
        assertThat(cli.desktopStarts()).containsExactly(new DesktopStart(Optional.of(temp.resolve("ws")), false));
    }

    @Test
    void demoStartsTheDesktopOnTheDemoWorkspaceAndRefusesAChosenFolder() {
        CliRunner.Result demo = cli.runRaw("--demo");
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(cli.desktopStarts()).containsExactly(new DesktopStart(Optional.empty(), true));

        CliRunner.Result both = cli.run("--demo");
        assertThat(both.code()).isEqualTo(Cli.INVALID);
        assertThat(both.err()).contains("--demo opens the demo workspace: leave out --workspace");
    }

    static ObjectNode object(JsonNode node) {
        return (ObjectNode) node;
    }
}
