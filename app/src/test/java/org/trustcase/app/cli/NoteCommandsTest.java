package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.cli.json.Json;

/** Notes on the command line: written with a reference to the case's evidence, edited as a new version, listed. */
class NoteCommandsTest {
    @TempDir
    Path temp;
    CliRunner cli;
    String ref;

    @BeforeEach
    void aCase() {
        cli = new CliRunner(temp.resolve("ws"));
        assertThat(cli.run("workspace", "init").code()).isZero();
        ref = cli.run("case", "new", "--title", "Phished mailbox", "--aware", "2026-03-30T10:00:00Z").out().strip();
    }

    @Test
    void aNoteReferringToEvidenceIsWrittenEditedAndListed() throws Exception {
        Path log = Files.writeString(temp.resolve("signin.log"), "03:12 login from 198.51.100.7");
        JsonNode item = Json.mapper().readTree(cli.run("evidence", "add", ref, log.toString(), "--format", "json")
                .out());
        String itemId = item.get("id").asText();

        CliRunner.Result added = cli.run("note", "add", ref, "--text", "First login at **03:12**", "--evidence",
                itemId);
        assertThat(added.code()).as(added.err()).isZero();
        CliRunner.Result edited = cli.run("note", "edit", added.out().strip(), "--text",
                "First login at **03:12** from a VPN exit node", "--evidence", itemId);
        assertThat(edited.code()).as(edited.err()).isZero();

        JsonNode notes = Json.mapper().readTree(cli.run("note", "list", ref, "--format", "json").out());
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).get("text").asText()).endsWith("VPN exit node");
        assertThat(notes.get(0).get("replaces").asText()).isEqualTo(added.out().strip());
        assertThat(notes.get(0).get("evidence").get(0).asText()).isEqualTo(itemId);
        assertThat(cli.run("note", "edit", added.out().strip(), "--text", "again").err())
                .contains("was edited since");
        assertThat(cli.run("note", "add", ref, "--text", "x", "--evidence", "999").err())
                .contains("evidence item 999 is not of case");
    }
}
