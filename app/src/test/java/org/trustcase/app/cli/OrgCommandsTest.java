package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.cli.json.Json;

/** The organisation profile on the command line: shown as JSON, changed from a JSON file, every field checked. */
class OrgCommandsTest {
    @TempDir
    Path temp;
    CliRunner cli;

    @BeforeEach
    void aWorkspace() {
        cli = new CliRunner(temp.resolve("ws"));
        assertThat(cli.run("workspace", "init").code()).isZero();
    }

    private JsonNode shown() throws Exception {
        CliRunner.Result result = cli.run("org", "show", "--format", "json");
        assertThat(result.code()).as(result.err()).isZero();
        return Json.mapper().readTree(result.out());
    }

    @Test
    void theProfileIsShownChangedFromAFileAndAFieldLeftOutKeepsItsValue() throws Exception {
        assertThat(shown().get("legalName").asText()).isEmpty();
        assertThat(shown().get("timeZone").asText()).isEqualTo("UTC");

        Path file = Files.writeString(temp.resolve("org.json"), """
                {"legalName": "Acme Polska sp. z o.o.", "address": "ul. Prosta 1\\n00-838 Warszawa",
                 "dpoName": "Julia Kaczmarek", "dpoEmail": "dpo@acme.example", "home": "pl",
                 "timeZone": "Europe/Warsaw", "language": "pl", "sectorFlags": ["nis2-entity"]}
                """);
        CliRunner.Result updated = cli.run("org", "update", "--from", file.toString());
        assertThat(updated.code()).as(updated.err()).isZero();

        JsonNode profile = shown();
        assertThat(profile.get("legalName").asText()).isEqualTo("Acme Polska sp. z o.o.");
        assertThat(profile.get("home").asText()).isEqualTo("PL");
        assertThat(profile.get("sectorFlags").findValuesAsText("")).isEmpty();
        assertThat(profile.get("sectorFlags").get(0).asText()).isEqualTo("nis2-entity");

        Path phone = Files.writeString(temp.resolve("phone.json"), "{\"dpoPhone\": \"+48 22 123 45 67\"}");
        assertThat(cli.run("org", "update", "--from", phone.toString()).code()).isZero();
        assertThat(shown().get("dpoName").asText()).as("kept").isEqualTo("Julia Kaczmarek");
        assertThat(shown().get("dpoPhone").asText()).isEqualTo("+48 22 123 45 67");
        assertThat(cli.run("audit", "list").out()).contains("\torganisation-updated\t");
    }

    @Test
    void aWrongFieldIsRefusedNamingItAndNothingChanges() throws Exception {
        Path wrong = Files.writeString(temp.resolve("wrong.json"), """
                {"legalName": 42, "timeZone": "Mars/Olympus", "sectorFlags": ["high-risk"], "colour": "red"}
                """);

        CliRunner.Result refused = cli.run("org", "update", "--from", wrong.toString());

        assertThat(refused.code()).isEqualTo(Cli.INVALID);
        assertThat(refused.err()).contains("'colour' is not a field of the profile")
                .contains("'legalName' is a text");
        assertThat(shown().get("legalName").asText()).isEmpty();

        Path broken = Files.writeString(temp.resolve("broken.json"), "{\n  \"legalName\": \"Acme\",\n  oops\n}");
        CliRunner.Result unreadable = cli.run("org", "update", "--from", broken.toString());
        assertThat(unreadable.code()).isEqualTo(Cli.INVALID);
        assertThat(unreadable.err()).contains("broken.json is not JSON (line 3)");

        Path zone = Files.writeString(temp.resolve("zone.json"), "{\"timeZone\": \"Mars/Olympus\","
                + " \"sectorFlags\": [\"high-risk\"]}");
        CliRunner.Result refusedZone = cli.run("org", "update", "--from", zone.toString());
        assertThat(refusedZone.code()).isEqualTo(Cli.INVALID);
        assertThat(refusedZone.err()).contains("'Mars/Olympus' is not a time zone")
                .contains("'high-risk' is not a fact of the organisation the rules know");
    }

    @Test
    void onlyADpoChangesTheProfileAndEveryoneReadsIt() throws Exception {
        cli.withAccount("mark.manager", "manager");
        Path file = Files.writeString(temp.resolve("org.json"), "{\"legalName\": \"Acme\"}");

        CliRunner.Result refused = cli.as("mark.manager").run("org", "update", "--from", file.toString());

        assertThat(refused.code()).isNotZero();
        assertThat(cli.as("mark.manager").run("org", "show").code()).isZero();
    }
}
