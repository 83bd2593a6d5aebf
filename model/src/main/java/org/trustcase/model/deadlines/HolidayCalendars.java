package org.trustcase.model.deadlines;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Public holidays from Jollyday, per calendar code: a country ({@code BR}, {@code US}) or a country
 * and a subdivision ({@code US-NY}). Holidays are the observed days of type {@code PUBLIC_HOLIDAY}
 * (so 4 July on a Saturday counts on Friday 3 July, and 1 January on a Saturday on 31 December); observances and
 * bank-only holidays do not count. The rule file may add holidays Jollyday lacks (Columbus Day for EDGAR) and count
 * some of Jollyday's as business days (Brazil's federal optional days).
 * Each year is read from Jollyday once and kept.
 */
public final class HolidayCalendars {
    private static final HolidayCalendars SHARED = new HolidayCalendars(Map.of(), Map.of());

    private final Map<String, JollydayCalendar> calendars = new ConcurrentHashMap<>();
    /** Per country code, the holidays Jollyday lacks (from the rule file). */
    private final Map<String, List<SupplementaryHoliday>> supplements;
    /** Per country code, Jollyday's keys of holidays that are business days for the rules (Brazil's optional days). */
    private final Map<String, Set<String>> excluded;

    private HolidayCalendars(Map<String, List<SupplementaryHoliday>> supplements, Map<String, Set<String>> excluded) {
        this.supplements = Map.copyOf(supplements);
        this.excluded = Map.copyOf(excluded);
    }

    /** One instance for the whole application: Jollyday's data files are read once. */
    public static HolidayCalendars shared() {
        return SHARED;
    }

    /**
     * Calendars with {@code supplements} added to Jollyday's public holidays and the holidays whose Jollyday keys
     * {@code excluded} names (per country code, e.g. {@code christian.CARNIVAL}) counted as business days.
     */
    public static HolidayCalendars of(Map<String, List<SupplementaryHoliday>> supplements,
            Map<String, Set<String>> excluded) {
        return new HolidayCalendars(supplements, excluded);
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
        return calendars.computeIfAbsent(code.toUpperCase(Locale.ROOT),
                // a supplement belongs to the calendar it names: Columbus Day to "US" (EDGAR), not to a state's
                key -> new JollydayCalendar(key, supplements.getOrDefault(key, List.of()),
                        excluded.getOrDefault(key, Set.of())));
    }

    private static final class JollydayCalendar implements BusinessCalendar {
        private final HolidayManager manager;
        private final String[] subdivision;
        private final List<SupplementaryHoliday> supplements;
        private final Set<String> excluded;
        private final Map<Integer, Set<LocalDate>> years = new ConcurrentHashMap<>();

        JollydayCalendar(String code, List<SupplementaryHoliday> supplements, Set<String> excluded) {
            String[] parts = code.split("-", 2);
            if (!isSupported(parts[0])) {
                throw new IllegalArgumentException("no public-holiday calendar for " + code);
            }
            this.manager = HolidayManager.getInstance(ManagerParameters.create(parts[0].toLowerCase(Locale.ROOT)));
            this.subdivision = parts.length == 2 ? new String[] {parts[1].toLowerCase(Locale.ROOT)} : new String[0];
            this.supplements = List.copyOf(supplements);
            this.excluded = Set.copyOf(excluded);
        }

        @Override
        public boolean isPublicHoliday(LocalDate date) {
            // next year's holidays too: New Year's Day on a Saturday is observed on 31 December of this year
            return years.computeIfAbsent(date.getYear(), this::holidaysOf).contains(date)
                    || years.computeIfAbsent(date.getYear() + 1, this::holidaysOf).contains(date);
        }

        private Set<LocalDate> holidaysOf(int year) {
            Set<LocalDate> days = manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, subdivision).stream()
                    .filter(holiday -> !excluded.contains(holiday.getPropertiesKey()))
                    .map(Holiday::getDate).collect(Collectors.toCollection(HashSet::new));
            supplements.forEach(holiday -> days.add(holiday.in(year)));
            return Set.copyOf(days);
        }
    }
}
