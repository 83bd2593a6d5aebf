package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.cli.json.Json;

/** The timeline and the search on the command line: their JSON contracts, a back-dated event, a note found. */
class TimelineAndSearchCommandsTest {
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

    private JsonNode json(String... args) throws Exception {
        CliRunner.Result result = cli.run(args);
        assertThat(result.code()).as(result.err()).isZero();
        return Json.mapper().readTree(result.out());
    }

    @Test
    void theTimelineIsChronologicalAndABackDatedEventKeepsBothTimes() throws Exception {
        assertThat(cli.run("note", "add", ref, "--text", "Mailbox rules checked").code()).isZero();
        assertThat(cli.run("task", "add", ref, "--title", "Reset the password").code()).isZero();
        CliRunner.Result added = cli.run("timeline", "add", ref, "--at", "2026-03-03T14:02:00Z", "--description",
                "Attacker's first login", "--source", "Entra ID sign-in log", "--confidence", "probable");
        assertThat(added.code()).as(added.err()).isZero();

        JsonNode timeline = json("timeline", ref, "--format", "json");

        List<String> at = new ArrayList<>();
        timeline.forEach(line -> {
            at.add(line.get("at").asText());
            assertThat(line.has("recordedAt")).isTrue();
            assertThat(line.get("summary").asText()).isNotBlank();
        });
        assertThat(at).isSorted();
        JsonNode first = timeline.get(0);
        assertThat(first.get("at").asText()).isEqualTo("2026-03-03T14:02:00Z");
        assertThat(first.get("kind").asText()).isEqualTo("past-event");
        assertThat(first.get("summary").asText())
                .isEqualTo("Attacker's first login (probable; source: Entra ID sign-in log)");
        assertThat(first.get("recordedAt").asText()).isNotEqualTo(first.get("at").asText());
        assertThat(timeline.get(1).get("kind").asText()).isEqualTo("fact");
        assertThat(timeline.get(1).get("summary").asText())
                .isEqualTo("The organisation became aware of the breach");
        List<String> summaries = new ArrayList<>();
        timeline.forEach(line -> summaries.add(line.get("summary").asText()));
        assertThat(summaries).contains("Case opened: Phished mailbox", "Note: Mailbox rules checked",
                "Task added: Reset the password");

        String taskId = json("task", "list", ref, "--format", "json").get(0).get("id").asText();
        assertThat(cli.run("task", "done", taskId).code()).isZero();
        assertThat(json("timeline", ref, "--kind", "task", "--format", "json")).extracting(JsonNode::toString)
                .anySatisfy(line -> assertThat(line).contains("Task \\\"Reset the password\\\": open \u2192 done"));
        assertThat(cli.run("timeline", ref, "--kind", "nothing").err()).contains("kind");
    }

    @Test
    void aPastEventInTheFutureOrWithoutWordsIsRefusedByField() {
        CliRunner.Result refused = cli.run("timeline", "add", ref, "--at", "2999-01-01T00:00:00Z", "--description",
                " ");
        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("at").contains("description");
        assertThat(cli.run("timeline", "add", ref, "--at", "2026-03-01T00:00:00Z", "--description", "x",
                "--confidence", "sure").err()).contains("confidence");
    }

    @Test
    void searchFindsACaseByAWordInANoteWithFoldedDiacritics() throws Exception {
        String other = cli.run("case", "new", "--title", "Lost laptop", "--aware", "2026-03-30T10:00:00Z").out()
                .strip();
        assertThat(cli.run("note", "add", other, "--text", "Zażółć gęślą jaźń: the laptop was in the car").code())
                .isZero();

        JsonNode hits = json("search", "zazolc gesla", "--format", "json");

        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("reference").asText()).isEqualTo(other);
        assertThat(hits.get(0).get("kind").asText()).isEqualTo("note");
        assertThat(hits.get(0).get("snippet").asText()).contains("Zażółć gęślą jaźń");
        assertThat(json("search", "phish", "--format", "json").get(0).get("reference").asText()).isEqualTo(ref);
        assertThat(json("search", "\"*) OR (", "--format", "json")).isEmpty();
    }

    @Test
    void searchFindsWordsInTheTextOfEvidenceUntilTheItemIsDisposedOf() throws Exception {
        java.nio.file.Path log = java.nio.file.Files.writeString(temp.resolve("vpn.log"),
                "03:12 login from 198.51.100.7 user=kowalski\n");
        java.nio.file.Path mail = java.nio.file.Files.writeString(temp.resolve("report.eml"), String.join("\r\n",
                "From: Marta <marta@example.pl>", "To: dpo@example.pl", "Subject: Wyciek listy płac",
                "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "",
                "Lista płac trafiła do złej grupy mailowej."));
        String logId = json("evidence", "add", ref, log.toString(), "--format", "json").get("id").asText();
        assertThat(cli.run("evidence", "add", ref, mail.toString()).code()).isZero();

        JsonNode hits = json("search", "kowalski", "--format", "json");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("kind").asText()).isEqualTo("evidence");
        assertThat(hits.get(0).get("sourceId").asText()).isEqualTo(logId);
        assertThat(json("search", "trafila grupy", "--format", "json").get(0).get("snippet").asText())
                .contains("trafiła do złej grupy");

        CliRunner.Result disposed = cli.run("evidence", "dispose", logId, "--reason", "Retention period over");
        assertThat(disposed.code()).as(disposed.err()).isZero();
        assertThat(json("search", "kowalski", "--format", "json")).isEmpty();
    }
}
