package org.trustcase.model.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustcase.model.deadlines.DeadlineEvent.AWARE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The counting semantics on their own, with a hand-made holiday calendar where holidays matter. */
class DueDateCalculatorTest {
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Instant due(int amount, DurationUnit unit, String trigger, ZoneId zone) {
        return DueDateCalculator.due(TimeLimit.after(AWARE, amount, unit), Instant.parse(trigger), zone,
                BusinessCalendar.WEEKENDS_ONLY);
    }

    @Test
    void hoursAreElapsedTimeAcrossTheSpringChange() {
        // Warsaw moves from +01:00 to +02:00 on 29 March 2026 at 02:00: wall clock shows 12:00, not 11:00
        Instant due = due(72, DurationUnit.HOURS, "2026-03-27T10:00:00Z", WARSAW);
        assertThat(due).isEqualTo("2026-03-30T10:00:00Z");
        assertThat(due.atZone(WARSAW).toLocalTime()).hasToString("12:00");
    }

    @Test
    void hoursAreElapsedTimeAcrossTheAutumnChange() {
        // Warsaw moves from +02:00 to +01:00 on 25 October 2026: 11:00 local + 24 h is 10:00 local
        Instant due = due(24, DurationUnit.HOURS, "2026-10-24T09:00:00Z", WARSAW);
        assertThat(due).isEqualTo("2026-10-25T09:00:00Z");
        assertThat(due.atZone(WARSAW).toLocalTime()).hasToString("10:00");
    }

    @Test
    void calendarDaysEndAtTheLastSecondOfTheLocalDayAcrossTheAutumnChange() {
        // 20 October (+02:00) + 10 days = 30 October, 23:59:59 at +01:00
        assertThat(due(10, DurationUnit.CALENDAR_DAYS, "2026-10-20T08:00:00Z", WARSAW))
                .isEqualTo("2026-10-30T22:59:59Z");
    }

    @Test
    void calendarDaysCountFromTheLocalDateOfTheTrigger() {
        // 23:30 UTC on 9 March is 00:30 on 10 March in Warsaw
        assertThat(due(1, DurationUnit.CALENDAR_DAYS, "2026-03-09T23:30:00Z", WARSAW))
                .isEqualTo("2026-03-11T22:59:59Z");
        assertThat(due(1, DurationUnit.CALENDAR_DAYS, "2026-03-09T22:30:00Z", WARSAW))
                .isEqualTo("2026-03-10T22:59:59Z");
    }

    @Test
    void businessDaysSkipTheWeekend() {
        // Friday 27 February 2026: Mon 2 March (1), Tue 3 (2); 23:59:59 EST (-05:00)
        assertThat(due(2, DurationUnit.BUSINESS_DAYS, "2026-02-27T15:00:00Z", NEW_YORK))
                .isEqualTo("2026-03-04T04:59:59Z");
        // Saturday 7 March: the Saturday itself never counts; Mon 9 (1), 23:59:59 EDT (-04:00) after 8 March
        assertThat(due(1, DurationUnit.BUSINESS_DAYS, "2026-03-07T15:00:00Z", NEW_YORK))
                .isEqualTo("2026-03-10T03:59:59Z");
    }

    @Test
    void businessDaysSkipTheCalendarsHolidays() {
        BusinessCalendar midweekHoliday = Set.of(LocalDate.of(2026, 5, 13))::contains;
        // Tue 12 May: Wed 13 is a holiday, Thu 14 (1), Fri 15 (2), Mon 18 (3)
        assertThat(DueDateCalculator.plusBusinessDays(LocalDate.of(2026, 5, 12), 3, midweekHoliday))
                .isEqualTo(LocalDate.of(2026, 5, 18));
        assertThat(DueDateCalculator.plusBusinessDays(LocalDate.of(2026, 5, 12), 3, BusinessCalendar.WEEKENDS_ONLY))
                .isEqualTo(LocalDate.of(2026, 5, 15));
    }

    @Test
    void monthsClampToTheEndOfAShorterMonth() {
        assertThat(due(1, DurationUnit.MONTHS, "2026-01-31T12:00:00Z", WARSAW)).isEqualTo("2026-02-28T22:59:59Z");
        assertThat(due(1, DurationUnit.MONTHS, "2028-01-31T12:00:00Z", WARSAW)).isEqualTo("2028-02-29T22:59:59Z");
        assertThat(due(1, DurationUnit.MONTHS, "2026-05-31T12:00:00Z", WARSAW)).isEqualTo("2026-06-30T21:59:59Z");
        // 15 March (+01:00) + 1 month = 15 April, 23:59:59 at +02:00
        assertThat(due(1, DurationUnit.MONTHS, "2026-03-15T12:00:00Z", WARSAW)).isEqualTo("2026-04-15T21:59:59Z");
    }

    @Test
    void endOfYearCountsFromTheLastDayOfTheTriggersLocalYear() {
        TimeLimit limit = new TimeLimit(DeadlineEvent.DETECTED, 60, DurationUnit.CALENDAR_DAYS, CountFrom.END_OF_YEAR);
        // 31 December 2026 + 60 days = 1 March 2027, 23:59:59 EST
        assertThat(DueDateCalculator.due(limit, Instant.parse("2026-02-10T12:00:00Z"), NEW_YORK,
                BusinessCalendar.WEEKENDS_ONLY)).isEqualTo("2027-03-02T04:59:59Z");
        // 31 December 2027 + 60 days = 29 February 2028 (leap year)
        assertThat(DueDateCalculator.due(limit, Instant.parse("2027-07-01T12:00:00Z"), NEW_YORK,
                BusinessCalendar.WEEKENDS_ONLY)).isEqualTo("2028-03-01T04:59:59Z");
    }

    @Test
    void endOfDayInTheAutumnOverlapIsTheEarlierInstant() {
        // Nothing changes at 23:59:59 in these zones, so the time is exact and has no fraction
        Instant due = DueDateCalculator.endOfDay(LocalDate.of(2026, 10, 25), WARSAW);
        assertThat(due).isEqualTo("2026-10-25T22:59:59Z");
        assertThat(Duration.between(due, due.plusSeconds(1)).toSeconds()).isEqualTo(1);
    }
}
