package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trustcase.app.cli.json.Json;

/**
 * The role matrix through the command line: each role runs every command; it is either let through (the command may
 * still meet a rule of its own) or refused with exit 2 and "not allowed", and every refusal is in the audit trail under
 * the person refused. The reviewer is assigned to one case ({@code A}) and not to the other ({@code B}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoleCommandsTest {
    private static final String DPO = CliRunner.DPO;
    private static final String REVIEWER = "rita.reviewer";
    private static final String MANAGER = "mark.manager";
    private static final List<String> PEOPLE = List.of(DPO, REVIEWER, MANAGER);

    @TempDir
    static Path temp;
    private static CliRunner cli;
    private static String a;
    private static String b;
    /** How many refusals each person met. */
    private static final Map<String, Integer> refused = new HashMap<>();

    /** One command; who may run it (the reviewer on case A only, when the command names a case). */
    record Row(String command, Set<String> allowed) {
        List<String> args() {
            List<String> args = new ArrayList<>();
            for (String word : command.split(" ")) {
                args.add(word.replace("{A}", a).replace("{B}", b).replace("_", " "));
            }
            return args;
        }

        @Override
        public String toString() {
            return command;
        }
    }

    private static final Set<String> EVERYONE = Set.of(DPO, REVIEWER, MANAGER);
    private static final Set<String> READERS = Set.of(DPO, MANAGER);
    private static final Set<String> ONLY_DPO = Set.of(DPO);

    static List<Row> rows() {
        return List.of(
                new Row("case list", EVERYONE),
                new Row("case show {A}", EVERYONE),
                new Row("case show {B}", READERS),
                new Row("case new --title Phished_mailbox --aware 2026-03-31T08:00:00Z", ONLY_DPO),
                new Row("case move {B} TRIAGE", ONLY_DPO),
                new Row("case event {A} detected 2026-03-30T09:00:00Z", ONLY_DPO),
                new Row("case flags {A}", EVERYONE),
                new Row("case flags {B} --set nis2-entity", ONLY_DPO),
                new Row("case assign {B} " + REVIEWER, ONLY_DPO),
                new Row("assess {B} --dpc-base simple --ei 0.25", ONLY_DPO),
                new Row("assessment list {A}", EVERYONE),
                new Row("assessment list {B}", READERS),
                new Row("suggest {A}", EVERYONE),
                new Row("decide {B} --authority no --subjects no --reason Unlikely_to_result_in_a_risk", ONLY_DPO),
                new Row("decision list {A}", EVERYONE),
                new Row("decision signoff {A} 1", Set.of(DPO, REVIEWER)),
                new Row("decision signoff {B} 1", ONLY_DPO),
                new Row("deadlines list {A}", EVERYONE),
                new Row("deadlines list {B}", READERS),
                new Row("deadlines waive {A} GDPR-DS --reason Art._34(3)(a)", ONLY_DPO),
                new Row("deadlines meet {A} GDPR-SA --at 2026-03-30T12:00:00Z", ONLY_DPO),
                new Row("audit list {A}", EVERYONE),
                new Row("audit list {B}", READERS),
                new Row("audit list", READERS),
                new Row("audit verify", EVERYONE),
                new Row("audit public-key", EVERYONE),
                new Row("audit checkpoint", EVERYONE),
                new Row("user list", READERS),
                new Row("user add newcomer --role manager", ONLY_DPO),
                new Row("user role " + MANAGER + " --role dpo", ONLY_DPO));
    }

    @BeforeAll
    static void aWorkspaceWithAReviewerAssignedToOneCase() {
        cli = new CliRunner(temp.resolve("ws"));
        assertThat(cli.run("workspace", "init").code()).isZero();
        cli.withAccount(REVIEWER, "reviewer").withAccount(MANAGER, "manager");
        a = cli.run("case", "new", "--title", "Stolen laptop", "--aware", "2026-03-30T10:00:00Z", "--jurisdiction", "PL")
                .out().strip();
        b = cli.run("case", "new", "--title", "Misdirected letter", "--aware", "2026-03-30T11:00:00Z").out().strip();
        assertThat(cli.run("assess", a, "--dpc-base", "financial", "--ei", "0.5").code()).isZero();
        CliRunner.Result decided = cli.run("decide", a, "--authority", "no", "--subjects", "no", "--reason",
                "Unlikely to result in a risk: encrypted");
        assertThat(decided.code()).as(decided.err()).isZero();
        assertThat(cli.run("case", "assign", a, REVIEWER).out()).contains(REVIEWER);
    }

    static Stream<Arguments> matrix() {
        List<Arguments> all = new ArrayList<>();
        // the manager and the reviewer first, so that a DPO's change does not alter what they are asked
        for (String person : List.of(MANAGER, REVIEWER, DPO)) {
            for (Row row : rows()) {
                all.add(Arguments.of(person, row));
            }
        }
        return all.stream();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("matrix")
    void eachPersonIsLetThroughOrRefusedAsTheirRoleSays(String person, Row row) {
        CliRunner.Result result = cli.as(person).run(row.args().toArray(String[]::new));
        if (row.allowed().contains(person)) {
            assertThat(result.err()).as(person + " " + row).doesNotContain("not allowed");
        } else {
            assertThat(result.code()).as(person + " " + row + ": " + result.err()).isEqualTo(Cli.INVALID);
            assertThat(result.err()).startsWith("trustcase: not allowed: ");
            refused.merge(person, 1, Integer::sum);
        }
    }

    @Order(2)
    @Test
    void everyRefusalIsInTheTrailUnderThePersonRefused() throws Exception {
        JsonNode events = Json.mapper().readTree(cli.run("audit", "list", "--format", "json").out());
        Map<String, Integer> recorded = new HashMap<>();
        for (JsonNode event : events) {
            if (event.get("action").asText().equals("access-refused")) {
                recorded.merge(event.get("actor").asText(), 1, Integer::sum);
            }
        }
        assertThat(recorded).isEqualTo(refused);
        assertThat(refused.keySet()).containsExactlyInAnyOrder(REVIEWER, MANAGER);
    }

    @Order(0)
    @Test
    void aReviewersListsShowOnlyTheirCases() {
        String theirs = cli.as(REVIEWER).run("case", "list").out();
        assertThat(theirs).contains(a).doesNotContain(b);
        assertThat(cli.as(MANAGER).run("case", "list").out()).contains(a, b);
    }

    @Order(3)
    @Test
    void aWrongPasswordOrAnUnknownUserIsRefusedAndRecorded() throws Exception {
        CliRunner.Result wrong = cli.as(MANAGER).with("TRUSTCASE_PASSWORD", "not the password").run("case", "list");
        assertThat(wrong.code()).isEqualTo(Cli.INVALID);
        assertThat(wrong.err().strip()).isEqualTo("trustcase: the login and password do not fit an active account");
        CliRunner.Result unknown = cli.as("nobody").run("case", "list");
        assertThat(unknown.err()).isEqualTo(wrong.err());
        CliRunner.Result none = cli.with("TRUSTCASE_USER", null).run("case", "list");
        assertThat(none.code()).isEqualTo(Cli.INVALID);
        assertThat(none.err()).contains("set TRUSTCASE_USER and TRUSTCASE_PASSWORD");

        JsonNode events = Json.mapper().readTree(cli.run("audit", "list", "--format", "json").out());
        List<String> failed = new ArrayList<>();
        events.forEach(event -> {
            if (event.get("action").asText().equals("user-sign-in-failed")) {
                failed.add(event.get("actor").asText());
            }
        });
        assertThat(failed).containsExactly(MANAGER, "nobody");
    }

    @Order(4)
    @Test
    void aDeactivatedAccountCannotSignInAndTheLastDpoStays() throws Exception {
        assertThat(cli.run("user", "deactivate", MANAGER, "--reason", "Left the company").code()).isZero();
        assertThat(cli.as(MANAGER).run("case", "list").code()).isEqualTo(Cli.INVALID);
        JsonNode users = Json.mapper().readTree(cli.run("user", "list", "--format", "json").out());
        assertThat(users.findValuesAsText("login")).contains(DPO, REVIEWER, MANAGER);
        for (JsonNode user : users) {
            assertThat(user.has("passwordHash")).isFalse();
            if (user.get("login").asText().equals(MANAGER)) {
                assertThat(user.get("active").asBoolean()).isFalse();
            }
        }
        // mark.manager became a DPO above and is now deactivated: the tester is the last active DPO
        CliRunner.Result last = cli.run("user", "deactivate", DPO);
        assertThat(last.code()).isEqualTo(Cli.INVALID);
        assertThat(last.err()).contains("last active DPO");
        assertThat(Files.readString(temp.resolve("ws").resolve("trustcase.db"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("no password in the file").doesNotContain(CliRunner.PASSWORD);
    }

    @AfterAll
    static void forget() {
        refused.clear();
    }
}
