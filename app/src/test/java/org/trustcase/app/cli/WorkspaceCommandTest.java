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
    void generateFillsAWorkspaceWithFictionalCasesTheSameForTheSameSeed() throws Exception {
        CliRunner cli = new CliRunner(temp.resolve("gen"));
        CliRunner.Result created = cli.run("workspace", "generate", "--cases", "60", "--open", "80", "--seed", "3");
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(created.out()).contains("60 generated fictional cases");

        JsonNode cases = Json.mapper().readTree(cli.run("case", "list", "--format", "json").out());
        assertThat(cases.size()).isEqualTo(60);
        long open = 0;
        Set<String> statuses = new HashSet<>();
        for (JsonNode c : cases) {
            statuses.add(c.get("status").asText());
            if (!Set.of("CLOSED", "NOT_A_BREACH").contains(c.get("status").asText())) {
                open++;
            }
        }
        assertThat(open).isBetween(40L, 58L);
        assertThat(statuses).contains("NEW", "TRIAGE", "INVESTIGATING", "NOTIFYING");
        // made through the use cases: each case has its audit trail
        String first = cases.get(0).get("reference").asText();
        assertThat(cli.run("audit", "list", first).out()).contains("case-created");

        CliRunner same = new CliRunner(temp.resolve("gen-again"));
        assertThat(same.run("workspace", "generate", "--cases", "60", "--open", "80", "--seed", "3").code()).isZero();
        JsonNode again = Json.mapper().readTree(same.run("case", "list", "--format", "json").out());
        assertThat(titlesAndStatuses(again)).isEqualTo(titlesAndStatuses(cases));

        CliRunner other = new CliRunner(temp.resolve("gen-other"));
        assertThat(other.run("workspace", "generate", "--cases", "60", "--seed", "4").code()).isZero();
        JsonNode different = Json.mapper().readTree(other.run("case", "list", "--format", "json").out());
        assertThat(titlesAndStatuses(different)).isNotEqualTo(titlesAndStatuses(cases));
    }

    private static java.util.List<String> titlesAndStatuses(JsonNode cases) {
        java.util.List<String> result = new java.util.ArrayList<>();
        cases.forEach(c -> result.add(c.get("title").asText() + "|" + c.get("status").asText()));
        return result;
    }

    @Test
    void generateRefusesBadCountsAndAnExistingWorkspace() {
        CliRunner cli = new CliRunner(temp.resolve("gen"));
        CliRunner.Result none = cli.run("workspace", "generate", "--cases", "0");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("--cases");
        CliRunner.Result share = cli.run("workspace", "generate", "--cases", "5", "--open", "101");
        assertThat(share.code()).isEqualTo(2);
        assertThat(share.err()).contains("--open");
        assertThat(temp.resolve("gen/trustcase.db")).doesNotExist();
        assertThat(cli.run("workspace", "init").code()).isZero();
        CliRunner.Result existing = cli.run("workspace", "generate", "--cases", "5");
        assertThat(existing.code()).isEqualTo(2);
        assertThat(existing.err()).contains("already exists");
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
