package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.cli.json.Json;

class CaseUpdateCommandTest {
    @TempDir
    Path temp;
    CliRunner cli;
    String ref;

    @BeforeEach
    void openACase() {
        cli = new CliRunner(temp.resolve("ws"));
        assertThat(cli.run("workspace", "init").code()).isZero();
        ref = cli.run("case", "new", "--title", "Lost USB stick", "--aware", "2026-03-30T10:00:00Z").out().strip();
    }

    private ObjectNode show() throws Exception {
        CliRunner.Result result = cli.run("case", "show", ref, "--format", "json");
        assertThat(result.code()).as(result.err()).isZero();
        return (ObjectNode) Json.mapper().readTree(result.out());
    }

    private CliRunner.Result update(String json) throws Exception {
        Path file = temp.resolve("update.json");
        Files.writeString(file, json);
        return cli.run("case", "update", ref, "--from", file.toString());
    }

    private static final String EVERY_FIELD = """
            {
              "title": "Stolen laptop with CRM export",
              "summary": "Laptop stolen from a car.",
              "reporter": "Anna Nowak",
              "channel": "phone",
              "occurredFrom": "2026-03-28T18:00:00Z",
              "occurredTo": "2026-03-28T20:00:00Z",
              "detectedAt": "2026-03-29T08:00:00Z",
              "awareAt": "2026-03-30T10:00:00Z",
              "awareGapReason": "IT confirmed the export on the disk.",
              "containedAt": "2026-03-31T12:00:00Z",
              "breachTypes": ["confidentiality", "availability"],
              "dataCategories": ["contact-details", "health", "criminal-convictions"],
              "subjectCategories": ["customers", "children"],
              "approxSubjects": 1200,
              "approxRecords": 5400,
              "jurisdictions": ["PL", "DE", "US-CA"],
              "parties": [{"role": "processor", "name": "Acme IT"}, {"role": "postal-operator", "name": "Poczta"}],
              "cause": "external-malicious",
              "remedialActions": "Remote wipe; passwords rotated.",
              "owner": "Jan Kowalski",
              "dataUnintelligible": false,
              "highRiskRemoved": true,
              "disproportionateEffort": false
            }
            """;

    @Test
    void everyFieldRoundTripsThroughUpdateAndShow() throws Exception {
        CliRunner.Result result = update(EVERY_FIELD);
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains(ref + " version 2");

        ObjectNode shown = show();
        JsonNode expected = Json.mapper().readTree(EVERY_FIELD);
        expected.fieldNames().forEachRemaining(field ->
                assertThat(shown.get(field)).as(field).isEqualTo(expected.get(field)));
        assertThat(shown.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void showOutputAppliedBackChangesNothing() throws Exception {
        assertThat(update(EVERY_FIELD).code()).isZero();
        ObjectNode before = show();
        CliRunner.Result again = update(Json.print(before));
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(show()).isEqualTo(before);
        assertThat(Json.mapper().readTree(cli.run("audit", "list", ref, "--format", "json").out())).hasSize(2);
    }

    @Test
    void nullClearsAFieldAndAbsentFieldsStay() throws Exception {
        assertThat(update(EVERY_FIELD).code()).isZero();
        assertThat(update("{\"owner\": null, \"jurisdictions\": null}").code()).isZero();
        ObjectNode shown = show();
        assertThat(shown.get("owner").isNull()).isTrue();
        assertThat(shown.get("jurisdictions")).isEmpty();
        assertThat(shown.get("title").asText()).isEqualTo("Stolen laptop with CRM export");
    }

    @Test
    void anInvalidFieldExitsTwoNamingItAndNothingIsApplied() throws Exception {
        ObjectNode before = show();
        CliRunner.Result result = update("""
                {"owner": "Ewa", "approxSubjects": "many", "jurisdictions": ["PL", "XX"], "breachTypes": ["secrecy"]}
                """);
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("approxSubjects: expected a whole number")
                .contains("jurisdictions[1]: unknown jurisdiction code 'XX'")
                .contains("breachTypes[0]: unknown value 'secrecy'")
                .contains("update.json");
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(show()).isEqualTo(before);
    }

    @Test
    void aRuleBreakingUpdateIsRefusedWhole() throws Exception {
        ObjectNode before = show();
        CliRunner.Result result = update("{\"owner\": \"Ewa\", \"title\": \"\", \"detectedAt\": \"2026-03-31T00:00:00Z\"}");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("title: is required").contains("awareAt: is before detectedAt");
        assertThat(show()).isEqualTo(before);
    }

    @Test
    void unknownFieldsStatusChangesAndOtherCasesAreRefused() throws Exception {
        assertThat(update("{\"colour\": \"red\"}").err()).contains("colour: unknown field");
        assertThat(update("{\"status\": \"CLOSED\"}").err()).contains("status: is NEW and cannot be changed by an update; use 'case move'");
        assertThat(update("{\"reference\": \"TC-2026-0099\"}").err()).contains("the file describes another case");
        assertThat(update("{\"status\": \"NEW\", \"owner\": \"Ewa\"}").code()).isZero();
    }

    @Test
    void aStaleVersionIsRefused() throws Exception {
        ObjectNode stale = show();
        assertThat(update("{\"owner\": \"Ewa\"}").code()).isZero();
        stale.put("owner", "Piotr");
        CliRunner.Result result = update(Json.print(stale));
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("was changed since it was read (version 1, now 2)");
        assertThat(show().get("owner").asText()).isEqualTo("Ewa");
    }

    @Test
    void malformedOrMissingFilesAreNamed() throws Exception {
        CliRunner.Result broken = update("{\n  \"owner\": \"Ewa\",\n  oops\n}");
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.err()).contains("update.json line 3").contains("not valid JSON");

        CliRunner.Result notObject = update("[1, 2]");
        assertThat(notObject.code()).isEqualTo(2);
        assertThat(notObject.err()).contains("expected a JSON object");

        CliRunner.Result missing = cli.run("case", "update", ref, "--from", temp.resolve("nope.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file").contains("nope.json");
    }
}
