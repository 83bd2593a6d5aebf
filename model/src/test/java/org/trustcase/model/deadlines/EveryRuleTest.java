package org.trustcase.model.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustcase.model.deadlines.DeadlineEvent.ASSESSED_NOTIFIABLE;
import static org.trustcase.model.deadlines.DeadlineEvent.AWARE;
import static org.trustcase.model.deadlines.DeadlineEvent.CLASSIFIED_MAJOR;
import static org.trustcase.model.deadlines.DeadlineEvent.DETECTED;
import static org.trustcase.model.deadlines.DeadlineEvent.DETERMINATION;
import static org.trustcase.model.deadlines.DeadlineEvent.INITIAL_NOTIFICATION;
import static org.trustcase.model.deadlines.DeadlineEvent.INTERMEDIATE_REPORT;
import static org.trustcase.model.deadlines.DeadlineEvent.MATERIALITY_DETERMINED;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trustcase.model.cases.Jurisdiction;

/**
 * One or more worked examples for every shipped rule, computed by hand from the semantics in
 * docs/deadline-rules.md. Each case is computed in jurisdiction mode (the rule must be found from the case's
 * jurisdiction), so these also check which jurisdictions each rule covers.
 */
class EveryRuleTest {
    private static final ClockEngine ENGINE = ClockEngine.standard();
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    /** A worked example: {@code events} alternate event and ISO instant; {@code due} null means not applicable. */
    record Example(String label, String rule, String jurisdiction, List<String> flags, Long subjects, Object[] events,
            String due) {
        @Override
        public String toString() {
            return rule + ": " + label;
        }
    }

    private static Example ex(String label, String rule, String jurisdiction, List<String> flags, Long subjects,
            String due, Object... events) {
        return new Example(label, rule, jurisdiction, flags, subjects, events, due);
    }

    /** Every worked example: those written out here, then those of {@code worked-examples.tsv} beside this class. */
    static Stream<Example> examples() {
        return Stream.concat(written(), tabled());
    }

    /**
     * The examples of {@code worked-examples.tsv}: a rule, a jurisdiction, its flags (comma-separated), the number of
     * subjects (or nothing), {@code event=instant} pairs (semicolon-separated), the due instant, and what it shows.
     */
    static Stream<Example> tabled() {
        try (var in = EveryRuleTest.class.getResourceAsStream("worked-examples.tsv")) {
            List<Example> examples = new java.util.ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                List<Object> events = new java.util.ArrayList<>();
                for (String pair : f[4].split(";")) {
                    String[] kv = pair.split("=", 2);
                    events.add(org.trustcase.model.common.Coded.find(DeadlineEvent.class, kv[0]).orElseThrow());
                    events.add(kv[1]);
                }
                examples.add(new Example(f[6], f[0], f[1], f[2].isEmpty() ? List.of() : List.of(f[2].split(",")),
                        f[3].isEmpty() ? null : Long.valueOf(f[3]), events.toArray(), f[5].equals("-") ? null : f[5]));
            }
            return examples.stream();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Example> written() {
        return Stream.of(
                // hours across the EU spring DST change (29 March 2026): 72 elapsed hours
                ex("72 h across the spring DST change", "GDPR-SA", "PL", List.of(), null,
                        "2026-03-30T10:00:00Z", AWARE, "2026-03-27T10:00:00Z"),
                ex("for the EU as a whole", "GDPR-SA", "EU", List.of(), null,
                        "2026-03-30T10:00:00Z", AWARE, "2026-03-27T10:00:00Z"),
                ex("EEA, not EU: Norway", "GDPR-SA", "NO", List.of(), null,
                        "2026-03-30T10:00:00Z", AWARE, "2026-03-27T10:00:00Z"),
                ex("a processor does not notify the authority", "GDPR-SA", "PL", List.of("processor"), null,
                        null, AWARE, "2026-03-27T10:00:00Z"),
                ex("high risk: default target 72 h", "GDPR-DS", "DE", List.of("high-risk"), null,
                        "2026-03-30T10:00:00Z", AWARE, "2026-03-27T10:00:00Z"),
                ex("no high risk: not applicable", "GDPR-DS", "DE", List.of(), null,
                        null, AWARE, "2026-03-27T10:00:00Z"),
                ex("processor to controller: default target 24 h", "GDPR-PROCESSOR", "FR", List.of("processor"), null,
                        "2026-05-05T08:30:00Z", AWARE, "2026-05-04T08:30:00Z"),
                // hours across the UK autumn DST change (25 October 2026)
                ex("72 h across the autumn DST change", "UK-ICO", "GB", List.of(), null,
                        "2026-10-26T09:00:00Z", AWARE, "2026-10-23T09:00:00Z"),
                ex("72 h", "UK-PECR", "GB", List.of("pecr-service-provider"), null,
                        "2026-01-18T16:45:00Z", AWARE, "2026-01-15T16:45:00Z"),
                ex("not a communications provider", "UK-PECR", "GB", List.of(), null,
                        null, AWARE, "2026-01-15T16:45:00Z"),
                ex("24 h", "NIS2-EARLY", "DE", List.of("nis2-entity"), null,
                        "2026-06-02T22:00:00Z", AWARE, "2026-06-01T22:00:00Z"),
                ex("not in the EEA-only states", "NIS2-EARLY", "DE", List.of(), null,
                        null, AWARE, "2026-06-01T22:00:00Z"),
                ex("72 h", "NIS2-NOTIFY", "DE", List.of("nis2-entity"), null,
                        "2026-06-04T22:00:00Z", AWARE, "2026-06-01T22:00:00Z"),
                ex("trust service provider: 24 h", "NIS2-NOTIFY", "DE", List.of("nis2-entity", "trust-service-provider"),
                        null, "2026-06-02T22:00:00Z", AWARE, "2026-06-01T22:00:00Z"),
                // 31 January + 1 month = 28 February 2026, 23:59:59 in Warsaw (+01:00)
                ex("month from 31 January clamps to 28 February", "NIS2-FINAL", "PL", List.of("nis2-entity"), null,
                        "2026-02-28T22:59:59Z", INITIAL_NOTIFICATION, "2026-01-31T12:00:00Z"),
                ex("month from 31 January of a leap year: 29 February", "NIS2-FINAL", "PL", List.of("nis2-entity"), null,
                        "2028-02-29T22:59:59Z", INITIAL_NOTIFICATION, "2028-01-31T12:00:00Z"),
                // 23:30 UTC on 31 January is 00:30 on 1 February in Warsaw: the month counts from 1 February
                ex("the local date counts, not the UTC date", "NIS2-FINAL", "PL", List.of("nis2-entity"), null,
                        "2026-03-01T22:59:59Z", INITIAL_NOTIFICATION, "2026-01-31T23:30:00Z"),
                ex("classified 6 h after awareness: 4 h from classification", "DORA-INITIAL", "DE",
                        List.of("dora-financial-entity"), null, "2026-09-01T16:00:00Z",
                        AWARE, "2026-09-01T06:00:00Z", CLASSIFIED_MAJOR, "2026-09-01T12:00:00Z"),
                ex("classified 22 h after awareness: 24 h from awareness", "DORA-INITIAL", "DE",
                        List.of("dora-financial-entity"), null, "2026-09-02T06:00:00Z",
                        AWARE, "2026-09-01T06:00:00Z", CLASSIFIED_MAJOR, "2026-09-02T04:00:00Z"),
                ex("not a financial entity", "DORA-INITIAL", "DE", List.of(), null, null,
                        AWARE, "2026-09-01T06:00:00Z"),
                ex("72 h after the initial notification", "DORA-INTERMEDIATE", "DE", List.of("dora-financial-entity"),
                        null, "2026-09-04T16:00:00Z", INITIAL_NOTIFICATION, "2026-09-01T16:00:00Z"),
                // 31 March + 1 month = 30 April, 23:59:59 in Paris (+02:00)
                ex("month from 31 March clamps to 30 April", "DORA-FINAL", "FR", List.of("dora-financial-entity"), null,
                        "2026-04-30T21:59:59Z", INTERMEDIATE_REPORT, "2026-03-31T08:00:00Z"),
                // 2 March + 60 days = 1 May; 23:59:59 EDT (-04:00) after the US spring change on 8 March
                ex("60 calendar days", "HIPAA-INDIVIDUALS", "US-CA", List.of("hipaa-covered-entity"), null,
                        "2026-05-02T03:59:59Z", DETECTED, "2026-03-02T15:00:00Z"),
                ex("federal rule for the US as a whole", "HIPAA-INDIVIDUALS", "US", List.of("hipaa-covered-entity"), null,
                        "2026-05-02T03:59:59Z", DETECTED, "2026-03-02T15:00:00Z"),
                ex("not a covered entity", "HIPAA-INDIVIDUALS", "US-CA", List.of(), null, null,
                        DETECTED, "2026-03-02T15:00:00Z"),
                ex("more than 500 residents", "HIPAA-MEDIA", "US-NY", List.of("hipaa-covered-entity"), 501L,
                        "2026-05-02T03:59:59Z", DETECTED, "2026-03-02T15:00:00Z"),
                ex("exactly 500: no media notice", "HIPAA-MEDIA", "US-NY", List.of("hipaa-covered-entity"), 500L,
                        null, DETECTED, "2026-03-02T15:00:00Z"),
                // 15 June + 60 days = 14 August, 23:59:59 EDT
                ex("500 or more: 60 days from discovery", "HIPAA-HHS", "US-TX", List.of("hipaa-covered-entity"), 500L,
                        "2026-08-15T03:59:59Z", DETECTED, "2026-06-15T12:00:00Z"),
                ex("unknown number: 60 days from discovery (the earlier)", "HIPAA-HHS", "US-TX",
                        List.of("hipaa-covered-entity"), null, "2026-08-15T03:59:59Z", DETECTED, "2026-06-15T12:00:00Z"),
                // 31 December 2026 + 60 days = 1 March 2027 (31 + 28 + 1), 23:59:59 EST (-05:00)
                ex("fewer than 500: 60 days after the end of the year", "HIPAA-HHS", "US-TX",
                        List.of("hipaa-covered-entity"), 499L, "2027-03-02T04:59:59Z", DETECTED, "2026-06-15T12:00:00Z"),
                // 04:00 UTC on 1 January 2027 is still 31 December 2026 in New York
                ex("fewer than 500, discovered on New Year's Eve in New York", "HIPAA-HHS", "US-TX",
                        List.of("hipaa-covered-entity"), 10L, "2027-03-02T04:59:59Z", DETECTED, "2027-01-01T04:00:00Z"),
                // 20 October + 30 days = 19 November, 23:59:59 MST (-07:00) after the change back on 1 November
                ex("30 days across the autumn DST change", "US-CO", "US-CO", List.of(), null,
                        "2026-11-20T06:59:59Z", DETERMINATION, "2026-10-20T18:00:00Z"),
                // 10 February + 30 days = 12 March, 23:59:59 EDT (-04:00) after the spring change on 8 March
                ex("30 days across the spring DST change", "US-FL", "US-FL", List.of(), null,
                        "2026-03-13T03:59:59Z", DETERMINATION, "2026-02-10T14:00:00Z"),
                // 06:00 UTC on 1 July is 23:00 on 30 June in Seattle: 30 June + 30 = 30 July, 23:59:59 PDT
                ex("30 days from the local date of discovery", "US-WA", "US-WA", List.of(), null,
                        "2026-07-31T06:59:59Z", DETECTED, "2026-07-01T06:00:00Z"),
                ex("30 days over the year end", "US-NY", "US-NY", List.of(), null,
                        "2027-01-15T04:59:59Z", DETECTED, "2026-12-15T17:00:00Z"),
                // 5 January + 60 days = 6 March (26 + 28 + 6), 23:59:59 CST
                ex("60 days", "US-TX-INDIVIDUALS", "US-TX", List.of(), null,
                        "2026-03-07T05:59:59Z", DETERMINATION, "2026-01-05T16:00:00Z"),
                ex("250 Texans: 30 days", "US-TX-AG", "US-TX", List.of(), 250L,
                        "2026-02-05T05:59:59Z", DETERMINATION, "2026-01-05T16:00:00Z"),
                ex("249 Texans: no AG notice", "US-TX-AG", "US-TX", List.of(), 249L,
                        null, DETERMINATION, "2026-01-05T16:00:00Z"),
                // Tue 24 Nov: Wed 25 (1), Thanksgiving Thu 26, Fri 27 (2), Mon 30 (3), Tue 1 Dec (4), EDGAR's 17:30 EST
                ex("4 business days over Thanksgiving", "SEC-8K", "US", List.of("sec-registrant"), null,
                        "2026-12-01T22:30:00Z", MATERIALITY_DETERMINED, "2026-11-24T20:00:00Z"),
                // Fri 3 Jul 2026 is the observed Independence Day: Thu 2 Jul -> Mon 6 (1), Tue 7 (2), Wed 8 (3), Thu 9 (4)
                ex("4 business days over an observed holiday and a weekend", "SEC-8K", "US-DE", List.of("sec-registrant"),
                        null, "2026-07-09T21:30:00Z", MATERIALITY_DETERMINED, "2026-07-02T14:00:00Z"),
                // Thu 8 Oct: Fri 9 (1), Columbus Day Mon 12 is not a business day, Tue 13 (2), Wed 14 (3), Thu 15 (4)
                ex("4 business days over Columbus Day", "SEC-8K", "US", List.of("sec-registrant"), null,
                        "2026-10-15T21:30:00Z", MATERIALITY_DETERMINED, "2026-10-08T14:00:00Z"),
                // Fri 17 Apr: Mon 20 (1), Tiradentes Tue 21, Wed 22 (2), Thu 23 (3), 23:59:59 in São Paulo (-03:00)
                ex("3 business days from a Friday before Tiradentes", "BR-LGPD", "BR", List.of(), null,
                        "2026-04-24T02:59:59Z", AWARE, "2026-04-17T13:00:00Z"),
                ex("small agent: 6 business days", "BR-LGPD", "BR", List.of("small-agent"), null,
                        "2026-04-29T02:59:59Z", AWARE, "2026-04-17T13:00:00Z"),
                // 17:00 UTC on 29 May is 01:00 on 30 May in Singapore: 30 May + 3 = 2 June, 23:59:59 +08:00
                ex("3 calendar days from the local date", "SG-PDPC", "SG", List.of(), null,
                        "2026-06-02T15:59:59Z", ASSESSED_NOTIFIABLE, "2026-05-29T17:00:00Z"),
                ex("default target 5 days", "JP-APPI-PRELIM", "JP", List.of(), null,
                        "2026-05-03T14:59:59Z", DETECTED, "2026-04-28T03:00:00Z"),
                ex("30 days", "JP-APPI-FINAL", "JP", List.of(), null,
                        "2026-05-28T14:59:59Z", DETECTED, "2026-04-28T03:00:00Z"),
                // 28 April + 60 = 27 June (2 + 31 + 27)
                ex("malicious: 60 days", "JP-APPI-FINAL", "JP", List.of("malicious"), null,
                        "2026-06-27T14:59:59Z", DETECTED, "2026-04-28T03:00:00Z"),
                ex("72 h, once Rule 7 is in force", "IN-DPDP", "IN", List.of(), null,
                        "2027-08-17T20:00:00Z", AWARE, "2027-08-14T20:00:00Z"),
                ex("before 13 May 2027: not yet in force", "IN-DPDP", "IN", List.of(), null,
                        null, AWARE, "2026-08-14T20:00:00Z"),
                // 2 April (Sydney) + 30 = 2 May, 23:59:59 AEST (+10:00) after the change back on 5 April
                ex("30 days across the Australian autumn change", "AU-NDB-ASSESS", "AU", List.of(), null,
                        "2026-05-02T13:59:59Z", DETECTED, "2026-04-01T20:00:00Z"),
                ex("default target 72 h", "AU-NDB-NOTIFY", "AU", List.of(), null,
                        "2026-05-05T00:00:00Z", ASSESSED_NOTIFIABLE, "2026-05-02T00:00:00Z"),
                ex("default target 72 h across the Canadian spring change", "CA-PIPEDA", "CA", List.of(), null,
                        "2026-03-09T15:00:00Z", DETERMINATION, "2026-03-06T15:00:00Z"),
                ex("likely high risk: default target 72 h", "CH-FADP", "CH", List.of("high-risk"), null,
                        "2026-03-30T10:00:00Z", AWARE, "2026-03-27T10:00:00Z"),
                ex("no high risk: nothing to report", "CH-FADP", "CH", List.of(), null,
                        null, AWARE, "2026-03-27T10:00:00Z"),
                ex("default target 72 h", "ZA-POPIA", "ZA", List.of(), null,
                        "2026-12-27T08:00:00Z", DETECTED, "2026-12-24T08:00:00Z"),
                ex("default target 24 h", "CN-PIPL", "CN", List.of(), null,
                        "2026-10-02T02:00:00Z", DETECTED, "2026-10-01T02:00:00Z"));
    }

    @Test
    void theTableHoldsExamples() {
        assertThat(tabled()).hasSizeGreaterThan(100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void dueAsComputedByHand(Example example) {
        ClockInputs.Builder inputs = ClockInputs.builder().jurisdiction(new Jurisdiction(example.jurisdiction()))
                .subjects(example.subjects()).flags(example.flags());
        for (int i = 0; i < example.events().length; i += 2) {
            inputs.event((DeadlineEvent) example.events()[i], Instant.parse((String) example.events()[i + 1]));
        }
        List<DeadlineClock> clocks = ENGINE.compute(inputs.build(), NOW);
        DeadlineClock clock = clocks.stream().filter(c -> c.rule().id().equals(example.rule())).findFirst()
                .orElseThrow(() -> new AssertionError(example.rule() + " does not cover " + example.jurisdiction()));
        if (example.due() == null) {
            assertThat(clock.status()).isEqualTo(ClockStatus.NOT_APPLICABLE);
            assertThat(clock.dueAt()).isNull();
            assertThat(clock.reason()).isNotNull();
        } else {
            assertThat(clock.dueAt()).as(String.valueOf(clock.basis())).isEqualTo(Instant.parse(example.due()));
        }
    }

    @Test
    void everyShippedRuleHasAWorkedExample() {
        Set<String> shipped = RuleCatalog.standard().rules().stream().map(DeadlineRule::id)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> examined = examples().filter(e -> e.due() != null).map(Example::rule)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(examined).isEqualTo(shipped);
    }

    @Test
    void theRuleIdsOfTheIssueAreAllShipped() {
        assertThat(RuleCatalog.standard().rules()).extracting(DeadlineRule::id).contains("GDPR-SA", "GDPR-DS",
                "GDPR-PROCESSOR", "UK-ICO", "UK-PECR", "NIS2-EARLY", "NIS2-NOTIFY", "NIS2-FINAL", "DORA-INITIAL",
                "DORA-INTERMEDIATE", "DORA-FINAL", "HIPAA-INDIVIDUALS", "HIPAA-MEDIA", "HIPAA-HHS", "US-CO", "US-FL",
                "US-WA", "US-NY", "US-TX-INDIVIDUALS", "US-TX-AG", "SEC-8K", "BR-LGPD", "SG-PDPC", "JP-APPI-PRELIM",
                "JP-APPI-FINAL", "IN-DPDP", "AU-NDB-ASSESS", "CA-PIPEDA", "CH-FADP", "ZA-POPIA", "CN-PIPL");
    }
}
