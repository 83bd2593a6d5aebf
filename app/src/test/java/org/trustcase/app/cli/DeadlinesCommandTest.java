package org.trustcase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.deadlines.RuleCatalog;

/** {@code deadlines rules} and {@code deadlines compute}; expected due times are worked out by hand in the comments. */
class DeadlinesCommandTest {
    @TempDir
    Path temp;
    CliRunner cli;

    @BeforeEach
    void runner() {
        cli = new CliRunner(temp.resolve("ws"));
    }

    private JsonNode json(String... args) throws Exception {
        CliRunner.Result result = cli.run(args);
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        return Json.mapper().readTree(result.out());
    }

    private static JsonNode clockOf(JsonNode clocks, String rule) {
        for (JsonNode clock : clocks) {
            if (clock.get("rule").asText().equals(rule)) {
                return clock;
            }
        }
        throw new AssertionError("no clock for " + rule + " in " + clocks);
    }

    private CliRunner.Result refused(String... args) {
        CliRunner.Result result = cli.run(args);
        assertThat(result.code()).as(result.out() + result.err()).isEqualTo(Cli.INVALID);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip().lines()).hasSize(1);
        return result;
    }

    @Test
    void rulesListsEveryRuleWithItsFieldsAndCitation() throws Exception {
        JsonNode rules = json("deadlines", "rules", "--format", "json");
        // a rule that changed over time is listed once per version
        assertThat(rules).hasSize(RuleCatalog.standard().allVersions().size())
                .hasSizeGreaterThan(RuleCatalog.standard().rules().size());
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).contains("GDPR-SA", "DORA-INITIAL", "HIPAA-HHS", "SEC-8K", "BR-LGPD", "CN-PIPL");

        JsonNode gdpr = rules.get(0);
        assertThat(gdpr.get("id").asText()).isEqualTo("GDPR-SA");
        assertThat(gdpr.get("regime").asText()).isEqualTo("GDPR");
        assertThat(gdpr.get("jurisdictions").toString()).isEqualTo("[\"eea\"]");
        assertThat(gdpr.get("recipient").asText()).contains("supervisory authority");
        assertThat(gdpr.get("kind").asText()).isEqualTo("legal");
        assertThat(gdpr.get("trigger").asText()).isEqualTo("aware");
        assertThat(gdpr.get("clock").toString())
                .isEqualTo("[{\"after\":\"aware\",\"amount\":72,\"unit\":\"hours\",\"countFrom\":\"event\"}]");
        assertThat(gdpr.get("appliesWhen").toString()).isEqualTo("{\"noneFlags\":[\"processor\"]}");
        assertThat(gdpr.get("zone").asText()).isEqualTo("Europe/Brussels");
        assertThat(gdpr.get("citation").asText()).isEqualTo("GDPR Art. 33(1)");

        JsonNode hhs = rules.get(ids.indexOf("HIPAA-HHS"));
        assertThat(hhs.get("variants").get(0).get("when").toString()).isEqualTo("{\"maxSubjects\":499}");
        assertThat(hhs.get("variants").get(0).get("clock").get(0).get("countFrom").asText()).isEqualTo("end-of-year");
        assertThat(rules.get(ids.indexOf("SEC-8K")).get("holidays").asText()).isEqualTo("US");
        assertThat(rules.get(ids.indexOf("DORA-INITIAL")).get("note").asText()).contains("Art. 5(4)");
        assertThat(gdpr.get("verification").asText()).isEqualTo("official-text");
        assertThat(gdpr.get("source").asText()).startsWith("https://eur-lex.europa.eu/");
        assertThat(gdpr.get("checked").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        // California's residents' rule: the version until 2025 and the version since 2026, each with its period
        List<JsonNode> california = new ArrayList<>();
        rules.forEach(r -> {
            if (r.get("id").asText().equals("US-CA-RESIDENTS")) {
                california.add(r);
            }
        });
        assertThat(california).extracting(r -> r.get("effectiveUntil").asText(null) + ".." + r.get("kind").asText())
                .containsExactly("2025-12-31..target", "null..legal");
        assertThat(california.get(1).get("effectiveFrom").asText()).isEqualTo("2026-01-01");
        rules.forEach(r -> assertThat(r.get("verification").asText()).as(r.get("id").asText())
                .isIn("official-text", "secondary", "unverified"));
    }

    @Test
    void rulesAsTextHasALinePerRule() {
        CliRunner.Result result = cli.run("deadlines", "rules");
        assertThat(result.code()).isZero();
        assertThat(result.out().lines()).hasSize(RuleCatalog.standard().allVersions().size());
        assertThat(result.out()).contains("SEC-8K").contains("4 business days after materiality-determined");
    }

    @Test
    void seventyTwoHoursAcrossTheSpringChangeAreElapsedTime() throws Exception {
        JsonNode clocks = json("deadlines", "compute", "--rule", "GDPR-SA", "--event", "aware=2026-03-27T10:00:00Z",
                "--format", "json");
        assertThat(clocks).hasSize(1);
        JsonNode clock = clocks.get(0);
        assertThat(clock.get("rule").asText()).isEqualTo("GDPR-SA");
        assertThat(clock.get("recipient").asText()).contains("supervisory authority");
        assertThat(clock.get("kind").asText()).isEqualTo("legal");
        assertThat(clock.get("dueAt").asText()).isEqualTo("2026-03-30T10:00:00Z");
        // Brussels is at +02:00 from 29 March
        assertThat(clock.get("dueLocal").asText()).isEqualTo("2026-03-30T12:00:00+02:00");
        assertThat(clock.get("zone").asText()).isEqualTo("Europe/Brussels");
        assertThat(clock.get("citation").asText()).isEqualTo("GDPR Art. 33(1)");
        // the run's clock says 2026-04-01T09:00Z
        assertThat(clock.get("status").asText()).isEqualTo("overdue");
    }

    @Test
    void byJurisdictionBrazilCountsBusinessDaysOverTiradentes() throws Exception {
        // Friday 17 April 2026, 10:00 in São Paulo: Mon 20 (1), Tiradentes Tue 21, Wed 22 (2), Thu 23 (3)
        JsonNode clocks = json("deadlines", "compute", "--jurisdiction", "BR", "--event", "aware=2026-04-17T13:00:00Z",
                "--format", "json");
        assertThat(clocks).hasSize(1);
        JsonNode clock = clocks.get(0);
        assertThat(clock.get("rule").asText()).isEqualTo("BR-LGPD");
        assertThat(clock.get("dueAt").asText()).isEqualTo("2026-04-24T02:59:59Z");
        assertThat(clock.get("dueLocal").asText()).isEqualTo("2026-04-23T23:59:59-03:00");
        assertThat(clock.get("zone").asText()).isEqualTo("America/Sao_Paulo");
        assertThat(clock.get("status").asText()).isEqualTo("running");
    }

    @Test
    void secFilingOverThanksgivingWithAnInstantGivenWithItsOffset() throws Exception {
        // Tue 24 Nov 2026: Wed 25 (1), Thanksgiving Thu 26, Fri 27 (2), Mon 30 (3), Tue 1 Dec (4)
        JsonNode clock = json("deadlines", "compute", "--rule", "SEC-8K", "--flag", "sec-registrant", "--event",
                "materiality-determined=2026-11-24T15:00:00-05:00", "--format", "json").get(0);
        assertThat(clock.get("dueAt").asText()).isEqualTo("2026-12-01T22:30:00Z");
        assertThat(clock.get("dueLocal").asText()).isEqualTo("2026-12-01T17:30:00-05:00");
        assertThat(clock.get("zone").asText()).isEqualTo("America/New_York");
    }

    @Test
    void aMissingTriggerIsReportedAsWaitingWithoutADueTime() throws Exception {
        JsonNode clocks = json("deadlines", "compute", "--rule", "NIS2-EARLY", "--rule", "NIS2-FINAL", "--flag",
                "nis2-entity", "--event", "aware=2026-06-01T22:00:00Z", "--format", "json");
        assertThat(clocks).hasSize(2);
        assertThat(clocks.get(0).get("dueAt").asText()).isEqualTo("2026-06-02T22:00:00Z");
        JsonNode waiting = clocks.get(1);
        assertThat(waiting.get("rule").asText()).isEqualTo("NIS2-FINAL");
        assertThat(waiting.get("status").asText()).isEqualTo("waiting");
        assertThat(waiting.has("dueAt")).isFalse();
        assertThat(waiting.has("dueLocal")).isFalse();
        assertThat(waiting.get("reason").asText()).isEqualTo("waiting for initial-notification");
    }

    @Test
    void texasThresholdsAndFlagsDecideWhatApplies() throws Exception {
        JsonNode clocks = json("deadlines", "compute", "--jurisdiction", "US-TX", "--event",
                "determination=2026-01-05T16:00:00Z", "--subjects", "300", "--format", "json");
        // 5 January + 60 days = 6 March, 23:59:59 CST; + 30 days = 4 February
        assertThat(clockOf(clocks, "US-TX-INDIVIDUALS").get("dueAt").asText()).isEqualTo("2026-03-07T05:59:59Z");
        assertThat(clockOf(clocks, "US-TX-AG").get("dueLocal").asText()).isEqualTo("2026-02-04T23:59:59-06:00");
        JsonNode hipaa = clockOf(clocks, "HIPAA-HHS");
        assertThat(hipaa.get("status").asText()).isEqualTo("not-applicable");
        assertThat(hipaa.get("reason").asText()).isEqualTo("requires the flag hipaa-covered-entity");
        assertThat(hipaa.has("dueAt")).isFalse();

        JsonNode few = json("deadlines", "compute", "--jurisdiction", "US-TX", "--event",
                "determination=2026-01-05T16:00:00Z", "--subjects", "249", "--format", "json");
        assertThat(clockOf(few, "US-TX-AG").get("status").asText()).isEqualTo("not-applicable");
    }

    @Test
    void hipaaUnder500IsDueSixtyDaysAfterTheYearEnd() throws Exception {
        // 31 December 2026 + 60 days = 1 March 2027, 23:59:59 in New York
        JsonNode clock = json("deadlines", "compute", "--rule", "HIPAA-HHS", "--flag", "hipaa-covered-entity",
                "--subjects", "12", "--event", "detected=2026-06-15T12:00:00Z", "--format", "json").get(0);
        assertThat(clock.get("dueLocal").asText()).isEqualTo("2027-03-01T23:59:59-05:00");
    }

    @Test
    void textOutputHasALinePerClock() {
        CliRunner.Result result = cli.run("deadlines", "compute", "--jurisdiction", "GB", "--event",
                "aware=2026-10-23T09:00:00Z");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out().lines()).hasSize(6);
        assertThat(result.out()).contains("UK-ICO").contains("2026-10-26T09:00:00+00:00").contains("not-applicable");
    }

    @Test
    void needsNoWorkspace() {
        assertThat(cli.run("deadlines", "compute", "--rule", "GDPR-SA", "--event", "aware=2026-03-27T10:00:00Z").code())
                .isZero();
        assertThat(Files.exists(temp.resolve("ws"))).isFalse();
    }

    @Test
    void unknownRuleIdIsRefusedNamingIt() {
        assertThat(refused("deadlines", "compute", "--rule", "GDPR-XX", "--event", "aware=2026-03-27T10:00:00Z").err())
                .contains("--rule: unknown rule id 'GDPR-XX'");
    }

    @Test
    void unknownEventNameIsRefusedNamingIt() {
        assertThat(refused("deadlines", "compute", "--rule", "GDPR-SA", "--event", "awre=2026-03-27T10:00:00Z").err())
                .contains("unknown value 'awre'").contains("aware, detected");
    }

    @Test
    void malformedInstantIsRefusedNamingIt() {
        assertThat(refused("deadlines", "compute", "--rule", "GDPR-SA", "--event", "aware=2026-13-27T10:00:00Z").err())
                .contains("--event aware: '2026-13-27T10:00:00Z' is not an ISO-8601 instant");
        assertThat(refused("deadlines", "compute", "--rule", "GDPR-SA", "--event", "2026-03-27T10:00:00Z").err())
                .contains("--event: '2026-03-27T10:00:00Z' is not NAME=ISO_INSTANT");
    }

    @Test
    void otherBadInputIsRefused() {
        assertThat(refused("deadlines", "compute", "--rule", "GDPR-SA", "--event", "aware=2026-03-27T10:00:00Z",
                "--flag", "hi-risk").err()).contains("--flag: unknown flag 'hi-risk'");
        assertThat(refused("deadlines", "compute", "--rule", "GDPR-SA", "--event", "aware=2026-03-27T10:00:00Z",
                "--event", "aware=2026-03-28T10:00:00Z").err()).contains("--event aware: is given more than once");
        assertThat(refused("deadlines", "compute", "--rule", "GDPR-SA", "--event", "aware=2026-03-27T10:00:00Z",
                "--subjects", "-1").err()).contains("--subjects");
        assertThat(refused("deadlines", "compute", "--jurisdiction", "XX", "--event", "aware=2026-03-27T10:00:00Z")
                .err()).contains("XX");
        assertThat(refused("deadlines", "compute", "--rule", "GDPR-SA", "--jurisdiction", "PL", "--event",
                "aware=2026-03-27T10:00:00Z").err()).contains("mutually exclusive");
        assertThat(refused("deadlines", "compute", "--event", "aware=2026-03-27T10:00:00Z").err())
                .contains("--rule").contains("--jurisdiction");
    }

    /** Clocks that apply, from a case's ordinary events and no flag: the jurisdiction alone gives them. */
    private List<String> applying(String jurisdiction, String... flags) throws Exception {
        List<String> args = new ArrayList<>(List.of("deadlines", "compute", "--jurisdiction", jurisdiction, "--event",
                "aware=2026-03-10T15:00:00Z", "--event", "detected=2026-03-10T15:00:00Z", "--event",
                "determination=2026-03-10T15:00:00Z", "--event", "assessed-notifiable=2026-03-10T15:00:00Z",
                "--format", "json"));
        for (String flag : flags) {
            args.add("--flag");
            args.add(flag);
        }
        JsonNode clocks = json(args.toArray(String[]::new));
        List<String> ids = new ArrayList<>();
        clocks.forEach(c -> {
            if (!c.get("status").asText().equals("not-applicable")) {
                ids.add(c.get("rule").asText());
            }
        });
        return ids;
    }

    @Test
    void everyStateDcAndPuertoRicoAndEveryListedCountryHasItsClocks() throws Exception {
        for (String state : List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL",
                "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
                "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
                "WA", "WV", "WI", "WY")) {
            assertThat(applying("US-" + state)).as("US-" + state).anyMatch(id -> id.startsWith("US-" + state));
        }
        assertThat(applying("PR")).contains("US-PR-RESIDENTS");
        for (String country : List.of("KR", "JP", "SG", "AU", "NZ", "PH", "TH", "VN", "ID", "MY", "TW", "CA", "CA-QC",
                "BR", "MX", "CO", "KE", "NG", "ZA", "SA", "AE", "IL", "TR", "IN", "CN", "GB", "NO", "PL")) {
            assertThat(applying(country)).as(country).isNotEmpty();
        }
        // Switzerland: only a likely high risk, or critical infrastructure, is reported
        assertThat(applying("CH")).isEmpty();
        assertThat(applying("CH", "high-risk")).containsExactly("CH-FADP");
        assertThat(applying("CH", "critical-infrastructure", "cyberattack")).contains("CH-ISG-REPORT");
        assertThat(applying("US-CA")).contains("US-CA-RESIDENTS");
        assertThat(applying("KR")).contains("KR-PIPA-PIPC", "KR-PIPA-SUBJECTS");
    }

    @Test
    void theOrganisationsHomeZoneCountsAUsRulesDays() throws Exception {
        // detected at 22:00 on 31 December 2026 in Los Angeles: New York's 30 days count from 1 January there
        JsonNode inNewYork = json("deadlines", "compute", "--rule", "US-NY", "--event",
                "detected=2027-01-01T06:00:00Z", "--format", "json").get(0);
        JsonNode inLosAngeles = json("deadlines", "compute", "--rule", "US-NY", "--event",
                "detected=2027-01-01T06:00:00Z", "--home-zone", "America/Los_Angeles", "--format", "json").get(0);
        assertThat(inNewYork.get("dueAt").asText()).isEqualTo("2027-02-01T04:59:59Z");
        assertThat(inLosAngeles.get("dueAt").asText()).isEqualTo("2027-01-31T07:59:59Z");
        assertThat(cli.run("deadlines", "compute", "--rule", "US-NY", "--event", "detected=2027-01-01T06:00:00Z",
                "--home-zone", "Mars/Olympus").err()).contains("--home-zone").contains("Mars/Olympus");
    }
}
