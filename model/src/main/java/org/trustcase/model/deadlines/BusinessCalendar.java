package org.trustcase.model.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Which days count as business days: neither Saturday, Sunday nor a public holiday of the calendar's jurisdiction. */
@FunctionalInterface
public interface BusinessCalendar {
    /** Saturday and Sunday only, for rules without a holiday calendar. */
    BusinessCalendar WEEKENDS_ONLY = date -> false;

    boolean isPublicHoliday(LocalDate date);

    default boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date);
    }
}
