package org.trustcase.model.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The due instant of one time limit. Instants in, instants out; the zone is used only to count days.
 * <ul>
 *   <li>hours: the trigger instant plus N hours of elapsed time (a DST change does not move it);</li>
 *   <li>calendar days: 23:59:59 local time, in the zone, of the Nth day after the trigger's local date;</li>
 *   <li>business days: likewise, counting only days that are neither Saturday, Sunday nor a public holiday;</li>
 *   <li>months: 23:59:59 local time of the same day-of-month M months after the trigger's local date,
 *       clamped to the last day of a shorter month (31 January + 1 month = 28 or 29 February).</li>
 * </ul>
 * Counting from the end of the year starts at 31 December of the trigger's local year instead of the trigger's date.
 * A day-counted limit may end at another time of its last day (EDGAR's 17:30), and a limit that ends on a weekend or
 * public holiday may move to a time of the next working day (DORA's 12:00).
 */
public final class DueDateCalculator {
    /** The last second of a day on which a day-counted deadline ends. */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private DueDateCalculator() {
    }

    public static Instant due(TimeLimit limit, Instant trigger, ZoneId zone, BusinessCalendar calendar) {
        Instant due = counted(limit, trigger, zone, calendar);
        if (limit.nonWorkingDayMovesTo() != null) {
            LocalDate day = due.atZone(zone).toLocalDate();
            if (!calendar.isBusinessDay(day)) {
                return at(plusBusinessDays(day, 1, calendar), limit.nonWorkingDayMovesTo(), zone);
            }
        }
        return due;
    }

    private static Instant counted(TimeLimit limit, Instant trigger, ZoneId zone, BusinessCalendar calendar) {
        if (limit.unit() == DurationUnit.HOURS) {
            return trigger.plus(Duration.ofHours(limit.amount()));
        }
        LocalDate start = trigger.atZone(zone).toLocalDate();
        if (limit.from() == CountFrom.END_OF_YEAR) {
            start = LocalDate.of(start.getYear(), 12, 31);
        }
        LocalDate day = switch (limit.unit()) {
            case CALENDAR_DAYS -> start.plusDays(limit.amount());
            case BUSINESS_DAYS -> plusBusinessDays(start, limit.amount(), calendar);
            case MONTHS -> start.plusMonths(limit.amount());
            case HOURS -> throw new IllegalStateException("hours are not counted in days");
        };
        return limit.endsAt() == null ? endOfDay(day, zone) : at(day, limit.endsAt(), zone);
    }

    /** {@code time} of {@code day} in {@code zone}; in a DST gap the time after it, in an overlap the earlier. */
    private static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
        return ZonedDateTime.ofLocal(day.atTime(time), zone, null).toInstant();
    }

    /** The Nth business day after {@code start} ({@code start} itself never counts). */
    public static LocalDate plusBusinessDays(LocalDate start, int count, BusinessCalendar calendar) {
        LocalDate day = start;
        int counted = 0;
        while (counted < count) {
            day = day.plusDays(1);
            if (calendar.isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** 23:59:59 of {@code day} in {@code zone}; in a DST overlap the earlier of the two instants. */
    public static Instant endOfDay(LocalDate day, ZoneId zone) {
        return ZonedDateTime.ofLocal(day.atTime(END_OF_DAY), zone, null).toInstant();
    }
}
