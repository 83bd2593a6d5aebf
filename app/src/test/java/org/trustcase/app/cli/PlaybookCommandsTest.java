package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.cli.json.Json;

/** Playbooks on the command line: listed, applied to a case, exported, edited and imported back, refused when wrong. */
class PlaybookCommandsTest {
    @TempDir
    Path temp;
    CliRunner cli;
    String ref;

    @BeforeEach
    void aCase() {
        cli = new CliRunner(temp.resolve("ws"));
        assertThat(cli.run("workspace", "init").code()).isZero();
        ref = cli.run("case", "new", "--title", "Ransomware on the file server", "--aware", "2026-03-30T10:00:00Z",
                "--jurisdiction", "PL").out().strip();
    }

    @Test
    void aPlaybookIsAppliedExportedChangedAndImported() throws Exception {
        JsonNode all = Json.mapper().readTree(cli.run("playbook", "list", "--format", "json").out());
        assertThat(all).hasSize(7);
        assertThat(all.findValuesAsText("name")).contains("ransomware", "lost-or-stolen-device",
                "misdirected-email-or-post", "employee-unauthorised-access", "credential-stuffing",
                "web-application-exfiltration", "processor-breach");

        CliRunner.Result applied = cli.run("playbook", "apply", ref, "ransomware");
        assertThat(applied.code()).as(applied.err()).isZero();
        JsonNode tasks = Json.mapper().readTree(cli.run("task", "list", ref, "--format", "json").out());
        assertThat(tasks.get(0).get("title").asText()).isEqualTo("Isolate the affected systems from the network");
        JsonNode notify = null;
        for (JsonNode task : tasks) {
            if ("GDPR-SA".equals(task.path("clock").asText())) {
                notify = task;
            }
        }
        assertThat(notify).isNotNull();
        assertThat(notify.get("dueAt").asText()).isEqualTo("2026-04-02T10:00:00Z");

        Path file = temp.resolve("ransomware.json");
        assertThat(cli.run("playbook", "export", "ransomware", "--out", file.toString()).code()).isZero();
        String exported = Files.readString(file);
        assertThat(exported).contains("\"format\" : \"trustcase-playbook\"");
        Files.writeString(file, exported.replace("Isolate the affected systems from the network",
                "Isolate the systems"));
        CliRunner.Result imported = cli.run("playbook", "import", file.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        JsonNode after = Json.mapper().readTree(cli.run("playbook", "list", "--format", "json").out());
        assertThat(after.toString()).contains("Isolate the systems");

        Files.writeString(file, exported.replace("\"GDPR-SA\"", "\"GDPR-XX\""));
        CliRunner.Result refused = cli.run("playbook", "import", file.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("tasks[").contains("GDPR-XX");
        Files.writeString(file, "{\"format\": \"something else\"}");
        assertThat(cli.run("playbook", "import", file.toString()).err()).contains("is not a playbook file");
    }
}
