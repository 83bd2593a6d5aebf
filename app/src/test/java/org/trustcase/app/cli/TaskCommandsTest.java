package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.cli.json.Json;

/** Tasks on the command line: added with a due time or a clock, listed in order, done, not needed with a reason. */
class TaskCommandsTest {
    @TempDir
    Path temp;
    CliRunner cli;
    String ref;

    @BeforeEach
    void aPolishCase() {
        cli = new CliRunner(temp.resolve("ws"));
        assertThat(cli.run("workspace", "init").code()).isZero();
        ref = cli.run("case", "new", "--title", "Stolen laptop", "--aware", "2026-03-30T10:00:00Z", "--jurisdiction",
                "PL").out().strip();
    }

    @Test
    void aTaskLinkedToTheAuthorityClockIsDueWithItAndTasksAreDoneOrNotNeeded() throws Exception {
        CliRunner.Result notify = cli.run("task", "add", ref, "--title", "Notify UODO", "--clock", "GDPR-SA");
        assertThat(notify.code()).as(notify.err()).isZero();
        String wipe = cli.run("task", "add", ref, "--title", "Wipe the laptop", "--due", "2026-04-01T12:00:00Z",
                "--group", "Containment").out().strip();

        JsonNode tasks = Json.mapper().readTree(cli.run("task", "list", ref, "--format", "json").out());
        assertThat(tasks).hasSize(2);
        assertThat(tasks.get(0).get("title").asText()).isEqualTo("Notify UODO");
        assertThat(tasks.get(0).get("dueAt").asText()).isEqualTo("2026-04-02T10:00:00Z");
        assertThat(tasks.get(0).get("clockStatus").asText()).isEqualTo("running");
        assertThat(tasks.get(1).get("dueAt").asText()).isEqualTo("2026-04-01T12:00:00Z");
        assertThat(tasks.get(1).get("group").asText()).isEqualTo("Containment");

        assertThat(cli.run("task", "done", wipe).code()).isZero();
        CliRunner.Result noReason = cli.run("task", "status", notify.out().strip(), "--status", "not-needed");
        assertThat(noReason.code()).isEqualTo(2);
        assertThat(noReason.err()).contains("say why the task is not needed");
        assertThat(cli.run("task", "status", notify.out().strip(), "--status", "not-needed", "--reason",
                "Told by phone").code()).isZero();
        JsonNode after = Json.mapper().readTree(cli.run("task", "list", ref, "--format", "json").out());
        assertThat(after.get(0).get("status").asText()).isEqualTo("not-needed");
        assertThat(after.get(0).get("reason").asText()).isEqualTo("Told by phone");
        assertThat(after.get(1).get("status").asText()).isEqualTo("done");

        CliRunner.Result both = cli.run("task", "add", ref, "--title", "Call", "--clock", "GDPR-SA", "--due",
                "2026-04-01T12:00:00Z");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("not both");
        assertThat(cli.run("task", "add", ref, "--title", "Call", "--assignee", "nobody").err())
                .contains("'nobody' is not an active account");
        assertThat(cli.run("task", "done", "999").err()).contains("there is no task 999");
    }
}
