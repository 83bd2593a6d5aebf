package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.cli.json.Json;

class CaseClockCommandsTest {
    @TempDir
    Path temp;
    CliRunner cli;
    String ref;

    @BeforeEach
    void openAPolishCase() {
        cli = new CliRunner(temp.resolve("ws"));
        assertThat(cli.run("workspace", "init").code()).isZero();
        ref = cli.run("case", "new", "--title", "Stolen laptop", "--aware", "2026-03-30T10:00:00Z", "--jurisdiction", "PL")
                .out().strip();
    }

    private JsonNode clock(String rule) throws Exception {
        CliRunner.Result result = cli.run("deadlines", "list", ref, "--format", "json");
        assertThat(result.code()).as(result.err()).isZero();
        for (JsonNode clock : Json.mapper().readTree(result.out())) {
            if (clock.get("rule").asText().equals(rule)) {
                return clock;
            }
        }
        throw new AssertionError("no clock " + rule + " in " + result.out());
    }

    @Test
    void listShowsTheCasesClocksWithStatus() throws Exception {
        JsonNode gdpr = clock("GDPR-SA");
        assertThat(gdpr.get("status").asText()).isEqualTo("running");
        assertThat(gdpr.get("dueAt").asText()).isEqualTo("2026-04-02T10:00:00Z");
        assertThat(gdpr.get("dueLocal").asText()).isEqualTo("2026-04-02T12:00:00+02:00");
        assertThat(gdpr.get("zone").asText()).isEqualTo("Europe/Warsaw");
        assertThat(gdpr.get("kind").asText()).isEqualTo("legal");
        assertThat(gdpr.get("citation").asText()).contains("33");
        assertThat(clock("GDPR-DS").get("status").asText()).isEqualTo("not-applicable");
    }

    @Test
    void aCaseWithoutJurisdictionSaysItHasNoClockInTextAndJson() throws Exception {
        String bare = cli.run("case", "new", "--title", "Unknown reach", "--aware", "2026-03-30T10:00:00Z").out().strip();

        CliRunner.Result text = cli.run("deadlines", "list", bare);
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).isEqualTo("notice: no clock: add a jurisdiction" + System.lineSeparator());

        CliRunner.Result json = cli.run("deadlines", "list", bare, "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode document = Json.mapper().readTree(json.out());
        assertThat(document.get("reference").asText()).isEqualTo(bare);
        assertThat(document.get("notice").get("code").asText()).isEqualTo("no-jurisdiction");
        assertThat(document.get("notice").get("message").asText()).isEqualTo("no clock: add a jurisdiction");
        assertThat(document.get("clocks")).isEmpty();
    }

    @Test
    void aJurisdictionNoRuleCoversIsNamedBesideTheClocksOfTheOthers() throws Exception {
        // Antarctica has no data-protection authority, so no rule will ever cover it
        String uncovered = cli.run("case", "new", "--title", "Research station", "--aware", "2026-03-30T10:00:00Z",
                "--jurisdiction", "AQ").out().strip();
        CliRunner.Result none = cli.run("deadlines", "list", uncovered, "--format", "json");
        assertThat(none.code()).as(none.err()).isZero();
        JsonNode notice = Json.mapper().readTree(none.out()).get("notice");
        assertThat(notice.get("code").asText()).isEqualTo("none-covered");
        assertThat(notice.get("message").asText()).isEqualTo("no clock: no deadline rule covers AQ");
        assertThat(notice.get("jurisdictions")).extracting(JsonNode::asText).containsExactly("AQ");

        String partly = cli.run("case", "new", "--title", "Research station and Warsaw", "--aware",
                "2026-03-30T10:00:00Z", "--jurisdiction", "PL", "--jurisdiction", "AQ").out().strip();
        CliRunner.Result text = cli.run("deadlines", "list", partly);
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out().lines().findFirst()).contains(
                "notice: no deadline rule covers AQ: its notification duties there are not tracked");
        assertThat(text.out()).contains("GDPR-SA");
        JsonNode document = Json.mapper().readTree(cli.run("deadlines", "list", partly, "--format", "json").out());
        assertThat(document.get("notice").get("code").asText()).isEqualTo("some-uncovered");
        assertThat(document.get("clocks")).extracting(c -> c.get("rule").asText()).contains("GDPR-SA");
    }

    @Test
    void aCoveredCaseListsItsClocksAsABareArrayWithoutNotice() throws Exception {
        CliRunner.Result result = cli.run("deadlines", "list", ref, "--format", "json");
        JsonNode clocks = Json.mapper().readTree(result.out());
        assertThat(clocks.isArray()).isTrue();
        assertThat(cli.run("deadlines", "list", ref).out()).doesNotContain("notice");
    }

    @Test
    void recordingAnEventRecomputesTheClocksAndIsAudited() throws Exception {
        CliRunner.Result recorded = cli.run("case", "event", ref, "aware", "2026-03-31T06:00:00Z");
        assertThat(recorded.code()).as(recorded.err()).isZero();
        assertThat(clock("GDPR-SA").get("dueAt").asText()).isEqualTo("2026-04-03T06:00:00Z");

        assertThat(cli.run("case", "flags", ref, "--set", "nis2-entity").code()).isZero();
        assertThat(clock("NIS2-FINAL").get("status").asText()).isEqualTo("waiting");
        assertThat(clock("NIS2-FINAL").has("dueAt")).isFalse();
        assertThat(cli.run("case", "event", ref, "initial-notification", "2026-03-31T12:00:00Z").code()).isZero();
        assertThat(clock("NIS2-FINAL").get("dueAt").asText()).isEqualTo("2026-04-30T21:59:59Z");

        JsonNode events = Json.mapper().readTree(cli.run("audit", "list", ref, "--format", "json").out());
        assertThat(events).extracting(e -> e.get("action").asText())
                .contains("case-event-recorded", "case-flags-changed");
    }

    @Test
    void badEventsAndRulesExitTwoNamingThem() {
        CliRunner.Result unknownEvent = cli.run("case", "event", ref, "noticed", "2026-03-31T06:00:00Z");
        assertThat(unknownEvent.code()).isEqualTo(2);
        assertThat(unknownEvent.err()).contains("NAME: unknown value 'noticed'");

        CliRunner.Result badInstant = cli.run("case", "event", ref, "aware", "yesterday");
        assertThat(badInstant.code()).isEqualTo(2);
        assertThat(badInstant.err()).contains("'yesterday' is not an ISO-8601 instant");

        CliRunner.Result unknownRule = cli.run("deadlines", "meet", ref, "GDPR-XX", "--at", "2026-03-31T06:00:00Z");
        assertThat(unknownRule.code()).isEqualTo(2);
        assertThat(unknownRule.err()).contains("GDPR-XX");

        CliRunner.Result unknownFlag = cli.run("case", "flags", ref, "--set", "nis3-entity");
        assertThat(unknownFlag.code()).isEqualTo(2);
        assertThat(unknownFlag.err()).contains("nis3-entity");
    }

    @Test
    void meetingLateNeedsADelayReason() throws Exception {
        assertThat(cli.run("case", "event", ref, "aware", "2026-03-27T10:00:00Z").code()).isZero();
        assertThat(clock("GDPR-SA").get("status").asText()).isEqualTo("overdue");

        CliRunner.Result late = cli.run("deadlines", "meet", ref, "GDPR-SA", "--at", "2026-03-31T09:00:00Z");
        assertThat(late.code()).isEqualTo(2);
        assertThat(late.err()).contains("--delay-reason").contains("after its due time 2026-03-30T10:00:00Z");
        assertThat(clock("GDPR-SA").get("status").asText()).isEqualTo("overdue");

        CliRunner.Result withReason = cli.run("deadlines", "meet", ref, "GDPR-SA", "--at", "2026-03-31T09:00:00Z",
                "--delay-reason", "The processor confirmed the scope only on 31 March");
        assertThat(withReason.code()).as(withReason.err()).isZero();
        JsonNode met = clock("GDPR-SA");
        assertThat(met.get("status").asText()).isEqualTo("met");
        assertThat(met.get("metLate").asBoolean()).isTrue();
        assertThat(met.get("delayReason").asText()).isEqualTo("The processor confirmed the scope only on 31 March");
    }

    @Test
    void onTimeMeetingAndWaiving() throws Exception {
        assertThat(cli.run("deadlines", "meet", ref, "GDPR-SA", "--at", "2026-03-31T09:00:00Z").code()).isZero();
        assertThat(clock("GDPR-SA").get("metLate").asBoolean()).isFalse();
        CliRunner.Result again = cli.run("deadlines", "meet", ref, "GDPR-SA", "--at", "2026-03-31T09:00:00Z");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already met");

        assertThat(cli.run("case", "flags", ref, "--set", "nis2-entity").code()).isZero();
        CliRunner.Result waived = cli.run("deadlines", "waive", ref, "NIS2-EARLY", "--reason",
                "Not a significant incident under NIS2 Art. 23(3)");
        assertThat(waived.code()).as(waived.err()).isZero();
        assertThat(clock("NIS2-EARLY").get("status").asText()).isEqualTo("waived");
    }
}
