package org.trustcase.model.deadlines;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Public holidays from Jollyday, per calendar code: a country ({@code BR}, {@code US}) or a country
 * and a subdivision ({@code US-NY}). Holidays are the observed days of type {@code PUBLIC_HOLIDAY}
 * (so 4 July on a Saturday counts on Friday 3 July); observances and bank-only holidays do not count.
 * Each year is read from Jollyday once and kept.
 */
public final class HolidayCalendars {
    private static final HolidayCalendars SHARED = new HolidayCalendars();

    private final Map<String, JollydayCalendar> calendars = new ConcurrentHashMap<>();

    /** One instance for the whole application: Jollyday's data files are read once. */
    public static HolidayCalendars shared() {
        return SHARED;
    }

    /** True when Jollyday has public holidays for the country of {@code code}. */
    public static boolean isSupported(String code) {
        String country = code.split("-", 2)[0].toUpperCase(Locale.ROOT);
        return HolidayManager.getSupportedCalendarCodes().contains(country);
    }

    /** The calendar for {@code code}, or weekends only when {@code code} is null. */
    public BusinessCalendar forCode(String code) {
        if (code == null) {
            return BusinessCalendar.WEEKENDS_ONLY;
        }
        return calendars.computeIfAbsent(code.toUpperCase(Locale.ROOT), JollydayCalendar::new);
    }

    private static final class JollydayCalendar implements BusinessCalendar {
        private final HolidayManager manager;
        private final String[] subdivision;
        private final Map<Integer, Set<LocalDate>> years = new ConcurrentHashMap<>();

        JollydayCalendar(String code) {
            String[] parts = code.split("-", 2);
            if (!isSupported(parts[0])) {
                throw new IllegalArgumentException("no public-holiday calendar for " + code);
            }
            this.manager = HolidayManager.getInstance(ManagerParameters.create(parts[0].toLowerCase(Locale.ROOT)));
            this.subdivision = parts.length == 2 ? new String[] {parts[1].toLowerCase(Locale.ROOT)} : new String[0];
        }

        @Override
        public boolean isPublicHoliday(LocalDate date) {
            return years.computeIfAbsent(date.getYear(), this::holidaysOf).contains(date);
        }

        private Set<LocalDate> holidaysOf(int year) {
            return manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, subdivision).stream()
                    .map(Holiday::getDate).collect(Collectors.toUnmodifiableSet());
        }
    }
}
