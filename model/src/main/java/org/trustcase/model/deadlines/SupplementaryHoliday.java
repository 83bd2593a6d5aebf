package org.trustcase.model.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A public holiday the holiday library lacks, added to a calendar from the rule file: the {@code ordinal}th
 * {@code dayOfWeek} of {@code month} (Columbus Day: the second Monday of October, a US federal holiday on which EDGAR
 * does not accept filings).
 */
public record SupplementaryHoliday(String name, Month month, DayOfWeek dayOfWeek, int ordinal) {
    public SupplementaryHoliday {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        if (ordinal < 1 || ordinal > 4) {
            throw new IllegalArgumentException("the ordinal of a weekday in a month is 1 to 4: " + ordinal);
        }
    }

    /** Its day in {@code year}. */
    public LocalDate in(int year) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, dayOfWeek));
    }
}
