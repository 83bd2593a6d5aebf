package org.trustcase.model.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidayCalendarsTest {
    private final HolidayCalendars calendars = HolidayCalendars.shared();

    @Test
    void brazilianNationalHolidays() {
        BusinessCalendar brazil = calendars.forCode("BR");
        assertThat(brazil.isPublicHoliday(LocalDate.of(2026, 4, 21))).as("Tiradentes").isTrue();
        assertThat(brazil.isPublicHoliday(LocalDate.of(2026, 9, 7))).as("Independence Day").isTrue();
        assertThat(brazil.isBusinessDay(LocalDate.of(2026, 4, 22))).isTrue();
        assertThat(brazil.isBusinessDay(LocalDate.of(2026, 4, 18))).as("a Saturday").isFalse();
    }

    @Test
    void usFederalHolidaysOnTheirObservedDay() {
        BusinessCalendar us = calendars.forCode("us");
        assertThat(us.isPublicHoliday(LocalDate.of(2026, 11, 26))).as("Thanksgiving").isTrue();
        assertThat(us.isPublicHoliday(LocalDate.of(2026, 11, 27))).as("the day after").isFalse();
        assertThat(us.isPublicHoliday(LocalDate.of(2026, 7, 3))).as("4 July 2026 is a Saturday").isTrue();
    }

    @Test
    void withoutACalendarOnlyWeekendsAreSkipped() {
        BusinessCalendar none = calendars.forCode(null);
        assertThat(none.isBusinessDay(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(none.isBusinessDay(LocalDate.of(2026, 12, 26))).isFalse();
    }

    @Test
    void knowsWhichCountriesJollydayCovers() {
        assertThat(HolidayCalendars.isSupported("BR")).isTrue();
        assertThat(HolidayCalendars.isSupported("US-NY")).isTrue();
        assertThat(HolidayCalendars.isSupported("CN")).isFalse();
    }
}
