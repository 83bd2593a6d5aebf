package org.trustcase.model.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.trustcase.model.cases.Jurisdiction;

/**
 * Properties of the counting, over random instants from 2020 to 2035. Holidays are checked against Jollyday
 * directly, not through the calendar the engine uses.
 */
class DeadlinePropertiesTest {
    private static final Instant FROM = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2035-12-31T23:59:59Z");
    private static final HolidayManager BRAZIL = HolidayManager.getInstance(ManagerParameters.create("br"));
    private static final HolidayManager UNITED_STATES = HolidayManager.getInstance(ManagerParameters.create("us"));
    private static final ClockEngine ENGINE = ClockEngine.standard();

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(FROM.getEpochSecond(), TO.getEpochSecond()).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("Europe/Warsaw", "Europe/London", "America/New_York", "America/Sao_Paulo",
                "Australia/Sydney", "Asia/Kolkata", "America/Denver", "Pacific/Chatham").map(ZoneId::of);
    }

    @Property
    void businessDayDeadlinesNeverEndOnAWeekendOrHoliday(@ForAll("instants") Instant trigger,
            @ForAll @IntRange(min = 1, max = 15) int days) {
        for (String country : new String[] {"BR", "US"}) {
            HolidayManager holidays = country.equals("BR") ? BRAZIL : UNITED_STATES;
            ZoneId zone = ZoneId.of(country.equals("BR") ? "America/Sao_Paulo" : "America/New_York");
            TimeLimit limit = TimeLimit.after(DeadlineEvent.AWARE, days, DurationUnit.BUSINESS_DAYS);
            Instant due = DueDateCalculator.due(limit, trigger, zone, HolidayCalendars.shared().forCode(country));

            ZonedDateTime local = due.atZone(zone);
            assertThat(local.toLocalTime()).hasToString("23:59:59");
            assertThat(local.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(holidays.isHoliday(local.toLocalDate(), HolidayType.PUBLIC_HOLIDAY)).as(local + " in " + country)
                    .isFalse();
            assertThat(workingDaysBetween(trigger.atZone(zone).toLocalDate(), local.toLocalDate(), holidays))
                    .isEqualTo(days);
        }
    }

    /** Working days after {@code start} up to and including {@code end}, counted against Jollyday directly. */
    private static int workingDaysBetween(LocalDate start, LocalDate end, HolidayManager holidays) {
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !holidays.isHoliday(day, HolidayType.PUBLIC_HOLIDAY)) {
                count++;
            }
        }
        return count;
    }

    @Property
    void hourDeadlinesAreExactElapsedTime(@ForAll("instants") Instant trigger, @ForAll("zones") ZoneId zone,
            @ForAll @IntRange(min = 1, max = 2000) int hours) {
        TimeLimit limit = TimeLimit.after(DeadlineEvent.AWARE, hours, DurationUnit.HOURS);
        Instant due = DueDateCalculator.due(limit, trigger, zone, BusinessCalendar.WEEKENDS_ONLY);
        assertThat(Duration.between(trigger, due)).isEqualTo(Duration.ofHours(hours));
    }

    @Property
    void calendarDayDeadlinesEndOnTheNthLocalDay(@ForAll("instants") Instant trigger, @ForAll("zones") ZoneId zone,
            @ForAll @IntRange(min = 1, max = 400) int days) {
        TimeLimit limit = TimeLimit.after(DeadlineEvent.AWARE, days, DurationUnit.CALENDAR_DAYS);
        ZonedDateTime local = DueDateCalculator.due(limit, trigger, zone, BusinessCalendar.WEEKENDS_ONLY).atZone(zone);
        assertThat(local.toLocalDate()).isEqualTo(trigger.atZone(zone).toLocalDate().plusDays(days));
        assertThat(local.toLocalTime()).hasToString("23:59:59");
    }

    @Property
    void theGdprClockOfAnyMemberStateIsSeventyTwoElapsedHours(@ForAll("instants") Instant aware,
            @ForAll("memberStates") String state) {
        ClockInputs inputs = ClockInputs.builder().jurisdiction(new Jurisdiction(state))
                .event(DeadlineEvent.AWARE, aware).build();
        DeadlineClock clock = ENGINE.compute(inputs, FROM).get(0);
        assertThat(clock.rule().id()).isEqualTo("GDPR-SA");
        assertThat(Duration.between(aware, clock.dueAt())).isEqualTo(Duration.ofHours(72));
    }

    @Provide
    Arbitrary<String> memberStates() {
        return Arbitraries.of(RuleCatalog.standard().groups().get("eea"));
    }
}
