package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.cli.json.Json;

class WorkspaceCommandTest {
    @TempDir
    Path temp;

    @Test
    void initCreatesAnEmptyWorkspaceOnce() {
        CliRunner cli = new CliRunner(temp.resolve("ws"));
        CliRunner.Result created = cli.run("workspace", "init");
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(temp.resolve("ws/trustcase.db")).isRegularFile();
        CliRunner.Result again = cli.run("workspace", "init");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains(temp.resolve("ws").toString());
    }

    @Test
    void demoWorkspaceHasCasesInEveryStatus() throws Exception {
        CliRunner cli = new CliRunner(temp.resolve("demo"));
        CliRunner.Result created = cli.run("workspace", "init", "--demo");
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(created.out()).contains("fictional demo cases");

        JsonNode cases = Json.mapper().readTree(cli.run("case", "list", "--format", "json").out());
        assertThat(cases.size()).isBetween(10, 15);
        Set<String> statuses = new HashSet<>();
        cases.forEach(c -> statuses.add(c.get("status").asText()));
        assertThat(statuses).containsExactlyInAnyOrder("NEW", "TRIAGE", "INVESTIGATING", "NOTIFYING", "CLOSED",
                "NOT_A_BREACH");
        cases.forEach(c -> assertThat(c.get("summary").asText()).startsWith("Fictional demo case."));
    }

    @Test
    void commandsOnAFolderWithoutWorkspaceSaySo() {
        CliRunner cli = new CliRunner(temp.resolve("empty"));
        CliRunner.Result result = cli.run("case", "list");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("workspace init");
    }

    @Test
    void aFolderThatCannotBeWrittenIsRefusedClearly() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
        CliRunner cli = new CliRunner(file.resolve("ws"));
        CliRunner.Result result = cli.run("workspace", "init");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(result.err()).contains(file.toString());
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void aDatabaseThatIsNotSqliteIsRefusedAndLeftAlone() throws Exception {
        Path ws = Files.createDirectories(temp.resolve("ws"));
        Path db = Files.writeString(ws.resolve("trustcase.db"), "these are my notes, not a database\n");
        CliRunner cli = new CliRunner(ws);
        CliRunner.Result result = cli.run("case", "list");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("trustcase.db");
        assertThat(Files.readString(db)).isEqualTo("these are my notes, not a database\n");
    }
}
