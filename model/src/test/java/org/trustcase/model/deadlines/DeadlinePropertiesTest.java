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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trustcase.model.cases.Jurisdiction;

/**
 * Properties of the counting, over instants from 2020 to 2035 drawn from a fixed seed: each property runs the
 * bounds of its ranges first, then {@value #CASES} drawn cases. The display name of a case carries the seed, its
 * number and its inputs (and so does every assertion's message, for the build's report), so a failure can be
 * replayed as it is. Holidays are checked against Jollyday directly, not through the calendar the engine uses, and
 * every expected value is computed without the code under test.
 */
class DeadlinePropertiesTest {
    private static final int CASES = 200;
    private static final Instant FROM = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2035-12-31T23:59:59Z");
    private static final List<ZoneId> ZONES = Stream.of("Europe/Warsaw", "Europe/London", "America/New_York",
            "America/Sao_Paulo", "Australia/Sydney", "Asia/Kolkata", "America/Denver", "Pacific/Chatham")
            .map(ZoneId::of).toList();
    private static final HolidayManager BRAZIL = HolidayManager.getInstance(ManagerParameters.create("br"));
    private static final HolidayManager UNITED_STATES = HolidayManager.getInstance(ManagerParameters.create("us"));
    private static final ClockEngine ENGINE = ClockEngine.standard();

    /** One generated case: what it was drawn from, and its inputs. */
    record Sample(long seed, int number, Instant trigger, ZoneId zone, int amount, String jurisdiction) {
        @Override
        public String toString() {
            String from = number < 0 ? "bound" : "seed " + seed + " #" + number;
            return from + ": " + trigger + (zone == null ? "" : " in " + zone) + (amount == 0 ? "" : ", " + amount)
                    + (jurisdiction == null ? "" : ", " + jurisdiction);
        }
    }

    /**
     * The bounds of the ranges, then {@link #CASES} samples drawn from {@code new Random(seed)}; {@code draw}
     * makes one sample from the random source and the sample's number.
     */
    private static Stream<Sample> samples(long seed, List<Sample> bounds, BiFunction<Random, Integer, Sample> draw) {
        Random random = new Random(seed);
        List<Sample> all = new ArrayList<>(bounds);
        for (int i = 0; i < CASES; i++) {
            all.add(draw.apply(random, i));
        }
        return all.stream();
    }

    private static Instant instant(Random random) {
        long span = TO.getEpochSecond() - FROM.getEpochSecond() + 1;
        return Instant.ofEpochSecond(FROM.getEpochSecond() + Math.floorMod(random.nextLong(), span));
    }

    private static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private static final long BUSINESS_DAYS_SEED = 20260401L;

    static Stream<Sample> businessDayCases() {
        return samples(BUSINESS_DAYS_SEED, List.of(new Sample(0, -1, FROM, null, 1, null),
                new Sample(0, -1, TO, null, 15, null)),
                (random, n) -> new Sample(BUSINESS_DAYS_SEED, n, instant(random), null, between(random, 1, 15), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("businessDayCases")
    void businessDayDeadlinesNeverEndOnAWeekendOrHoliday(Sample sample) {
        for (String country : new String[] {"BR", "US"}) {
            HolidayManager holidays = country.equals("BR") ? BRAZIL : UNITED_STATES;
            ZoneId zone = ZoneId.of(country.equals("BR") ? "America/Sao_Paulo" : "America/New_York");
            TimeLimit limit = TimeLimit.after(DeadlineEvent.AWARE, sample.amount(), DurationUnit.BUSINESS_DAYS);
            Instant due = DueDateCalculator.due(limit, sample.trigger(), zone, HolidayCalendars.shared().forCode(country));

            ZonedDateTime local = due.atZone(zone);
            assertThat(local.toLocalTime()).as("%s in %s", sample, country).hasToString("23:59:59");
            assertThat(local.getDayOfWeek()).as("%s in %s", sample, country).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(holiday(local.toLocalDate(), holidays)).as("%s: %s in %s", sample, local, country).isFalse();
            assertThat(workingDaysBetween(sample.trigger().atZone(zone).toLocalDate(), local.toLocalDate(), holidays))
                    .as("%s in %s", sample, country).isEqualTo(sample.amount());
        }
    }

    /**
     * A public holiday by Jollyday directly: of the day's year, or of the next year's moved into it (1 January 2028, a
     * Saturday, is observed on Friday 31 December 2027, which Jollyday lists among 2028's holidays).
     */
    private static boolean holiday(LocalDate day, HolidayManager holidays) {
        return holidays.isHoliday(day, HolidayType.PUBLIC_HOLIDAY) || holidays.getHolidays(
                java.time.Year.of(day.getYear() + 1), HolidayType.PUBLIC_HOLIDAY).stream()
                .anyMatch(h -> h.getDate().equals(day));
    }

    /** Working days after {@code start} up to and including {@code end}, counted against Jollyday directly. */
    private static int workingDaysBetween(LocalDate start, LocalDate end, HolidayManager holidays) {
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !holiday(day, holidays)) {
                count++;
            }
        }
        return count;
    }

    private static final long HOURS_SEED = 72L;

    static Stream<Sample> hourCases() {
        return samples(HOURS_SEED, List.of(new Sample(0, -1, FROM, ZONES.get(0), 1, null),
                new Sample(0, -1, TO, ZONES.get(ZONES.size() - 1), 2000, null)),
                (random, n) -> new Sample(HOURS_SEED, n, instant(random), ZONES.get(random.nextInt(ZONES.size())),
                        between(random, 1, 2000), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hourCases")
    void hourDeadlinesAreExactElapsedTime(Sample sample) {
        TimeLimit limit = TimeLimit.after(DeadlineEvent.AWARE, sample.amount(), DurationUnit.HOURS);
        Instant due = DueDateCalculator.due(limit, sample.trigger(), sample.zone(), BusinessCalendar.WEEKENDS_ONLY);
        assertThat(Duration.between(sample.trigger(), due)).as("%s", sample).isEqualTo(Duration.ofHours(sample.amount()));
    }

    private static final long CALENDAR_DAYS_SEED = 30L;

    static Stream<Sample> calendarDayCases() {
        return samples(CALENDAR_DAYS_SEED, List.of(new Sample(0, -1, FROM, ZONES.get(0), 1, null),
                new Sample(0, -1, TO, ZONES.get(ZONES.size() - 1), 400, null)),
                (random, n) -> new Sample(CALENDAR_DAYS_SEED, n, instant(random),
                        ZONES.get(random.nextInt(ZONES.size())), between(random, 1, 400), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendarDayCases")
    void calendarDayDeadlinesEndOnTheNthLocalDay(Sample sample) {
        TimeLimit limit = TimeLimit.after(DeadlineEvent.AWARE, sample.amount(), DurationUnit.CALENDAR_DAYS);
        ZonedDateTime local = DueDateCalculator.due(limit, sample.trigger(), sample.zone(),
                BusinessCalendar.WEEKENDS_ONLY).atZone(sample.zone());
        assertThat(local.toLocalDate()).as("%s", sample).isEqualTo(sample.trigger().atZone(sample.zone()).toLocalDate()
                .plusDays(sample.amount()));
        assertThat(local.toLocalTime()).as("%s", sample).hasToString("23:59:59");
    }

    private static final long GDPR_SEED = 33L;

    static Stream<Sample> gdprCases() {
        List<String> states = RuleCatalog.standard().groups().get("eea");
        List<Sample> everyState = states.stream().map(s -> new Sample(0, -1, FROM, null, 0, s)).toList();
        return samples(GDPR_SEED, everyState, (random, n) -> new Sample(GDPR_SEED, n, instant(random), null, 0,
                states.get(random.nextInt(states.size()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gdprCases")
    void theGdprClockOfAnyMemberStateIsSeventyTwoElapsedHours(Sample sample) {
        ClockInputs inputs = ClockInputs.builder().jurisdiction(new Jurisdiction(sample.jurisdiction()))
                .event(DeadlineEvent.AWARE, sample.trigger()).build();
        DeadlineClock clock = ENGINE.compute(inputs, FROM).get(0);
        assertThat(clock.rule().id()).as("%s", sample).isEqualTo("GDPR-SA");
        assertThat(Duration.between(sample.trigger(), clock.dueAt())).as("%s", sample).isEqualTo(Duration.ofHours(72));
    }
}
