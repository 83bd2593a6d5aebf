package org.trustcase.model.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustcase.model.deadlines.DeadlineEvent.AWARE;
import static org.trustcase.model.deadlines.DeadlineEvent.CLASSIFIED_MAJOR;
import static org.trustcase.model.deadlines.DeadlineEvent.DETECTED;
import static org.trustcase.model.deadlines.DeadlineEvent.DETERMINATION;
import static org.trustcase.model.deadlines.DeadlineEvent.INTERMEDIATE_REPORT;
import static org.trustcase.model.deadlines.DeadlineEvent.MATERIALITY_DETERMINED;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.trustcase.model.cases.Jurisdiction;

/**
 * The corrections a legal review of the rules asked for, each against the text it cites: DORA's late classification
 * and weekend relief, EDGAR's cut-off and Columbus Day, Brazil's business days, the organisation's own zone for US
 * rules, Florida's extension, New York's DFS notice, and rules that change over time.
 */
class LegalClockCorrectionsTest {
    private static final ClockEngine ENGINE = ClockEngine.standard();
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static DeadlineClock clock(String rule, ClockInputs.Builder inputs) {
        return ENGINE.compute(inputs.rule(rule).build(), NOW).get(0);
    }

    private static ClockInputs.Builder in(String jurisdiction, String... flags) {
        return ClockInputs.builder().jurisdiction(new Jurisdiction(jurisdiction)).flags(Set.of(flags));
    }

    @Nested
    class Dora {
        @Test
        void classifiedAsMajorMoreThan24HoursAfterAwarenessIsDue4HoursAfterTheClassification() {
            // Tuesday 1 September 2026, 06:00 UTC aware; classified on Wednesday at 12:00 UTC, 30 hours later
            DeadlineClock late = clock("DORA-INITIAL", in("DE", "dora-financial-entity")
                    .event(AWARE, Instant.parse("2026-09-01T06:00:00Z"))
                    .event(CLASSIFIED_MAJOR, Instant.parse("2026-09-02T12:00:00Z")));
            assertThat(late.dueAt()).isEqualTo(Instant.parse("2026-09-02T16:00:00Z"));
            assertThat(late.status()).isEqualTo(ClockStatus.RUNNING);
        }

        @Test
        void aDeadlineOnASaturdayMovesToNoonOfTheNextWorkingDayOnlyForAnEntityThatMayRelyOnIt() {
            // aware Friday 27 March 2026, 10:00 UTC: 24 hours end on Saturday; Monday 30 March 12:00 in Berlin (CEST)
            ClockInputs.Builder insurer = in("DE", "dora-financial-entity", "dora-weekend-relief")
                    .event(AWARE, Instant.parse("2026-03-27T10:00:00Z"));
            assertThat(clock("DORA-INITIAL", insurer).dueAt()).isEqualTo(Instant.parse("2026-03-30T10:00:00Z"));
            // without the flag nothing moves later: the safe side
            assertThat(clock("DORA-INITIAL", in("DE", "dora-financial-entity")
                    .event(AWARE, Instant.parse("2026-03-27T10:00:00Z"))).dueAt())
                    .isEqualTo(Instant.parse("2026-03-28T10:00:00Z"));
            for (String excluded : new String[] {"credit-institution", "central-counterparty", "trading-venue",
                "nis2-entity"}) {
                assertThat(clock("DORA-INITIAL", in("DE", "dora-financial-entity", "dora-weekend-relief", excluded)
                        .event(AWARE, Instant.parse("2026-03-27T10:00:00Z"))).dueAt()).as(excluded)
                        .isEqualTo(Instant.parse("2026-03-28T10:00:00Z"));
            }
        }

        @Test
        void theEntitysMemberStatesBankHolidaysCountAndTheFinalReportMovesForEveryEntity() {
            // Easter Monday 6 April 2026 is a holiday in Germany: 72 hours from Friday 3 April 08:00 UTC end on Monday
            DeadlineClock intermediate = clock("DORA-INTERMEDIATE", in("DE", "dora-financial-entity",
                    "dora-weekend-relief").event(DeadlineEvent.INITIAL_NOTIFICATION,
                    Instant.parse("2026-04-03T08:00:00Z")));
            assertThat(intermediate.dueAt()).isEqualTo(Instant.parse("2026-04-07T10:00:00Z"));
            // the final report: one month from Saturday 7 February is Saturday 7 March, moved to Monday 9 March noon,
            // a credit institution's too
            DeadlineClock last = clock("DORA-FINAL", in("PL", "dora-financial-entity", "credit-institution",
                    "dora-weekend-relief").event(INTERMEDIATE_REPORT, Instant.parse("2026-02-07T09:00:00Z")));
            assertThat(last.dueAt()).isEqualTo(Instant.parse("2026-03-09T11:00:00Z"));
            assertThat(clock("DORA-FINAL", in("PL", "dora-financial-entity")
                    .event(INTERMEDIATE_REPORT, Instant.parse("2026-02-07T09:00:00Z"))).dueAt())
                    .isEqualTo(Instant.parse("2026-03-07T22:59:59Z"));
        }
    }

    @Nested
    class Sec {
        @Test
        void theFourthBusinessDayEndsAtEdgars1730CutOff() {
            // Monday 2 March 2026: Tue (1), Wed (2), Thu (3), Fri 6 (4), 17:30 EST = 22:30 UTC
            DeadlineClock k = clock("SEC-8K", in("US", "sec-registrant")
                    .event(MATERIALITY_DETERMINED, Instant.parse("2026-03-02T15:00:00Z")));
            assertThat(k.dueAt()).isEqualTo(Instant.parse("2026-03-06T22:30:00Z"));
        }

        @Test
        void theSecCalendarHoldsEveryFederalHolidayOf5Usc6103() {
            BusinessCalendar sec = RuleCatalog.standard().holidays()
                    .forCode(RuleCatalog.standard().rule("SEC-8K").holidays());
            for (int year = 2025; year <= 2030; year++) {
                Set<LocalDate> calendar = new TreeSet<>();
                for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                    if (day.getDayOfWeek().getValue() < 6 && sec.isPublicHoliday(day)) {
                        calendar.add(day);
                    }
                }
                assertThat(calendar).as("federal holidays on weekdays in %d", year).isEqualTo(federal(year));
            }
        }

        /** 5 U.S.C. 6103(a), with a Saturday holiday observed on Friday and a Sunday one on Monday (6103(b)). */
        private Set<LocalDate> federal(int year) {
            Set<LocalDate> days = new TreeSet<>();
            for (LocalDate fixed : new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 19),
                LocalDate.of(year, 7, 4), LocalDate.of(year, 11, 11), LocalDate.of(year, 12, 25)}) {
                days.add(observed(fixed));
            }
            days.add(nth(year, Month.JANUARY, 3));   // Birthday of Martin Luther King, Jr.
            days.add(nth(year, Month.FEBRUARY, 3));  // Washington's Birthday
            days.add(LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            days.add(nth(year, Month.SEPTEMBER, 1)); // Labor Day
            days.add(nth(year, Month.OCTOBER, 2));   // Columbus Day
            days.add(LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)));
            // New Year's Day of the next year observed on 31 December of this one
            LocalDate nextNewYear = observed(LocalDate.of(year + 1, 1, 1));
            if (nextNewYear.getYear() == year) {
                days.add(nextNewYear);
            }
            days.removeIf(day -> day.getYear() != year);
            return days;
        }

        private LocalDate nth(int year, Month month, int ordinal) {
            return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, DayOfWeek.MONDAY));
        }

        private LocalDate observed(LocalDate day) {
            return switch (day.getDayOfWeek()) {
                case SATURDAY -> day.minusDays(1);
                case SUNDAY -> day.plusDays(1);
                default -> day;
            };
        }
    }

    @Test
    void brazilCountsCarnivalAndCorpusChristiAsBusinessDays() {
        // aware Friday 13 February 2026; Carnival Monday 16 and Tuesday 17 count: Mon (1), Tue (2), Wed 18 (3)
        DeadlineClock carnival = clock("BR-LGPD", in("BR").event(AWARE, Instant.parse("2026-02-13T13:00:00Z")));
        assertThat(carnival.dueAt()).isEqualTo(Instant.parse("2026-02-19T02:59:59Z"));
        // aware Wednesday 3 June 2026; Corpus Christi Thursday 4 counts: Thu (1), Fri (2), Mon 8 (3)
        DeadlineClock corpusChristi = clock("BR-LGPD", in("BR").event(AWARE, Instant.parse("2026-06-03T13:00:00Z")));
        assertThat(corpusChristi.dueAt()).isEqualTo(Instant.parse("2026-06-09T02:59:59Z"));
    }

    @Test
    void usRulesCountDaysInTheOrganisationsZone() {
        // discovered at 22:00 on 31 December 2026 in Los Angeles, which is 1 January 2027 in New York
        Instant discovered = Instant.parse("2027-01-01T06:00:00Z");
        ClockInputs.Builder few = in("US-CA", "hipaa-covered-entity").subjects(10L).event(DETECTED, discovered);
        DeadlineClock inNewYork = clock("HIPAA-HHS", few);
        assertThat(inNewYork.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(inNewYork.dueAt()).isEqualTo(Instant.parse("2028-03-01T04:59:59Z"));
        DeadlineClock inLosAngeles = clock("HIPAA-HHS", in("US-CA", "hipaa-covered-entity").subjects(10L)
                .event(DETECTED, discovered).homeZone(ZoneId.of("America/Los_Angeles")));
        assertThat(inLosAngeles.zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        // the year of discovery is 2026 there: 60 days after 31 December 2026 is 1 March 2027, 23:59:59 PST
        assertThat(inLosAngeles.dueAt()).isEqualTo(Instant.parse("2027-03-02T07:59:59Z"));
        // a state rule too: 30 days from 31 December in Los Angeles, though the statute's state is New York
        assertThat(clock("US-NY", in("US-NY").event(DETECTED, discovered)
                .homeZone(ZoneId.of("America/Los_Angeles"))).dueAt()).isEqualTo(Instant.parse("2027-01-31T07:59:59Z"));
        // a rule that is not a US one keeps its own zone
        assertThat(clock("GDPR-SA", in("PL").event(AWARE, discovered).homeZone(ZoneId.of("America/Los_Angeles")))
                .zone()).isEqualTo(ZoneId.of("Europe/Warsaw"));
    }

    @Test
    void floridasReasonToBelieveStartsTheClockAndGoodCauseAdds15Days() {
        Instant determined = Instant.parse("2026-05-04T15:00:00Z");
        assertThat(clock("US-FL", in("US-FL").event(DETERMINATION, determined)).dueAt())
                .isEqualTo(Instant.parse("2026-06-04T03:59:59Z"));
        assertThat(clock("US-FL", in("US-FL", "good-cause-extension").event(DETERMINATION, determined)).dueAt())
                .isEqualTo(Instant.parse("2026-06-19T03:59:59Z"));
        assertThat(RuleCatalog.standard().rule("US-FL").note()).contains("reason to believe");
    }

    @Test
    void aNewYorkEntityThatDfsRegulatesTellsDfsWithin72Hours() {
        Instant determined = Instant.parse("2026-05-04T15:00:00Z");
        DeadlineClock dfs = ENGINE.compute(in("US-NY", "nydfs-covered-entity").event(DETERMINATION, determined)
                .build(), NOW).stream().filter(c -> c.rule().id().equals("NYDFS-INCIDENT")).findFirst().orElseThrow();
        assertThat(dfs.dueAt()).isEqualTo(determined.plusSeconds(72 * 3600));
        assertThat(ENGINE.compute(in("US-NY").event(DETERMINATION, determined).build(), NOW).stream()
                .filter(c -> c.rule().id().equals("NYDFS-INCIDENT")).findFirst().orElseThrow().status())
                .isEqualTo(ClockStatus.NOT_APPLICABLE);
    }

    @Nested
    class RulesThatChangeOverTime {
        @Test
        void californiaGaveResidentsNoNumberOfDaysBefore2026And30Since() {
            DeadlineClock before = clock("US-CA-RESIDENTS", in("US-CA")
                    .event(DETECTED, Instant.parse("2025-12-20T18:00:00Z")));
            assertThat(before.rule().kind()).isEqualTo(DeadlineKind.TARGET);
            assertThat(before.rule().effectiveUntil()).isEqualTo(LocalDate.of(2025, 12, 31));
            DeadlineClock after = clock("US-CA-RESIDENTS", in("US-CA")
                    .event(DETECTED, Instant.parse("2026-01-05T18:00:00Z")));
            assertThat(after.rule().kind()).isEqualTo(DeadlineKind.LEGAL);
            assertThat(after.rule().effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(after.dueAt()).isEqualTo(Instant.parse("2026-02-05T07:59:59Z"));
            // the Attorney General's sample notice: 15 days after the residents' notice, for more than 500 of them
            DeadlineClock ag = clock("US-CA-AG", in("US-CA").subjects(501L)
                    .event(DETECTED, Instant.parse("2026-01-05T18:00:00Z"))
                    .event(DeadlineEvent.SUBJECTS_NOTIFIED, Instant.parse("2026-01-20T18:00:00Z")));
            assertThat(ag.dueAt()).isEqualTo(Instant.parse("2026-02-05T07:59:59Z"));
        }

        @Test
        void indiaHasCertInsSixHoursAlwaysAndRule7FromMay2027() {
            Instant dayBefore = Instant.parse("2027-05-12T06:00:00Z");
            Instant dayAfter = Instant.parse("2027-05-14T06:00:00Z");
            assertThat(clock("IN-DPDP", in("IN").event(AWARE, dayBefore)).status())
                    .isEqualTo(ClockStatus.NOT_APPLICABLE);
            assertThat(clock("IN-DPDP", in("IN").event(AWARE, dayBefore)).reason())
                    .hasToString("clock.reason.not-yet-in-force(2027-05-12, 2027-05-13)");
            assertThat(clock("IN-DPDP", in("IN").event(AWARE, dayAfter)).dueAt())
                    .isEqualTo(dayAfter.plusSeconds(72 * 3600));
            assertThat(clock("IN-CERTIN", in("IN").event(DETECTED, dayBefore)).dueAt())
                    .isEqualTo(dayBefore.plusSeconds(6 * 3600));
        }

        @Test
        void pecrWas24HoursUntil19August2025() {
            assertThat(clock("UK-PECR", in("GB", "pecr-service-provider")
                    .event(AWARE, Instant.parse("2025-08-19T09:00:00Z"))).dueAt())
                    .isEqualTo(Instant.parse("2025-08-20T09:00:00Z"));
            assertThat(clock("UK-PECR", in("GB", "pecr-service-provider")
                    .event(AWARE, Instant.parse("2025-08-21T09:00:00Z"))).dueAt())
                    .isEqualTo(Instant.parse("2025-08-24T09:00:00Z"));
        }

        @Test
        void texasCutTheAttorneyGeneralsNoticeFrom60To30DaysOn1September2023() {
            assertThat(clock("US-TX-AG", in("US-TX").subjects(300L)
                    .event(DETERMINATION, Instant.parse("2023-08-30T15:00:00Z"))).dueAt())
                    .isEqualTo(Instant.parse("2023-10-30T04:59:59Z"));
            assertThat(clock("US-TX-AG", in("US-TX").subjects(300L)
                    .event(DETERMINATION, Instant.parse("2023-09-02T15:00:00Z"))).dueAt())
                    .isEqualTo(Instant.parse("2023-10-03T04:59:59Z"));
        }

        @Test
        void theVersionFollowsTheStartingEventNotToday() {
            // computed in 2026 for a breach detected in 2025: the 2025 version
            DeadlineClock old = ENGINE.compute(in("US-CA").rule("US-CA-RESIDENTS")
                    .event(DETECTED, Instant.parse("2025-06-01T18:00:00Z")).build(),
                    Instant.parse("2026-06-01T00:00:00Z")).get(0);
            assertThat(old.rule().effectiveUntil()).isEqualTo(LocalDate.of(2025, 12, 31));
        }
    }
}
