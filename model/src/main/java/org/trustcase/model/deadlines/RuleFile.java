package org.trustcase.model.deadlines;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule file as written, bound by Jackson: one record per object of {@code rules.schema.json}, one component per
 * property, named as in the file. A component is null where the file leaves the field out (or, in a file that is being
 * refused, where its value could not be read); the schema says which fields are required.
 */
record RuleFile(String about, String version, Map<String, String> flags, Map<String, List<String>> groups,
        Map<String, String> zones, Map<String, List<Holiday>> supplementaryHolidays,
        Map<String, List<String>> holidaysCountedAsBusinessDays, List<Rule> rules) {

    /** A public holiday the holiday library lacks: the {@code ordinal}th {@code dayOfWeek} of {@code month}. */
    record Holiday(String name, String month, String dayOfWeek, Integer ordinal) {
        SupplementaryHoliday toHoliday() {
            return new SupplementaryHoliday(name.strip(), java.time.Month.valueOf(month.strip().toUpperCase(
                    java.util.Locale.ROOT)), java.time.DayOfWeek.valueOf(dayOfWeek.strip().toUpperCase(
                    java.util.Locale.ROOT)), ordinal);
        }
    }
    /** The {@code holidays} value of a rule that counts business days where no holiday calendar is available. */
    static final String WEEKENDS_ONLY = "weekends-only";

    record Rule(String id, String regime, List<String> jurisdictions, String recipient, DeadlineKind kind,
            List<Limit> clock, List<Variant> variants, When appliesWhen, String zone, Boolean zoneOfJurisdiction,
            Boolean zoneOfOrganisation, String holidays, String citation, String note, String source, String checked,
            Verification verification, String effectiveFrom, String effectiveUntil) {

        /** True when some time limit, of the rule or a variant, counts business days. */
        boolean countsBusinessDays() {
            return Limit.countBusinessDays(clock)
                    || orEmpty(variants).stream().anyMatch(v -> v != null && Limit.countBusinessDays(v.clock()));
        }

        DeadlineRule toRule() {
            String calendar = strip(holidays);
            return new DeadlineRule(id, strip(regime), jurisdictions, strip(recipient), kind, Limit.toLimits(clock),
                    orEmpty(variants).stream().map(Variant::toVariant).toList(),
                    appliesWhen == null ? Conditions.NONE : appliesWhen.toConditions(), ZoneId.of(strip(zone)),
                    Boolean.TRUE.equals(zoneOfJurisdiction), WEEKENDS_ONLY.equals(calendar) ? null : calendar,
                    Boolean.TRUE.equals(zoneOfOrganisation), strip(citation), strip(note), strip(source),
                    LocalDate.parse(checked.strip()), verification, day(effectiveFrom), day(effectiveUntil));
        }

        /** How errors and versions name it: its id, with the day its version starts when it has one. */
        String label() {
            return effectiveFrom == null ? id : id + "@" + effectiveFrom.strip();
        }

        private static LocalDate day(String text) {
            return text == null ? null : LocalDate.parse(text.strip());
        }
    }

    record Limit(DeadlineEvent after, Integer amount, DurationUnit unit, CountFrom countFrom, DeadlineEvent yieldsTo,
            String endsAt, String nonWorkingDayMovesTo) {
        CountFrom from() {
            return countFrom == null ? CountFrom.EVENT : countFrom;
        }

        static boolean countBusinessDays(List<Limit> limits) {
            return orEmpty(limits).stream().anyMatch(l -> l != null && l.unit() == DurationUnit.BUSINESS_DAYS);
        }

        static List<TimeLimit> toLimits(List<Limit> limits) {
            return limits.stream().map(l -> new TimeLimit(l.after(), l.amount(), l.unit(), l.from(), l.yieldsTo(),
                    time(l.endsAt()), time(l.nonWorkingDayMovesTo()))).toList();
        }

        private static java.time.LocalTime time(String text) {
            return text == null ? null : java.time.LocalTime.parse(text.strip());
        }
    }

    record Variant(When when, List<Limit> clock, String note) {
        RuleVariant toVariant() {
            return new RuleVariant(when.toConditions(), Limit.toLimits(clock), strip(note));
        }
    }

    record When(List<String> allFlags, List<String> anyFlags, List<String> noneFlags, Long minSubjects,
            Long maxSubjects) {
        Conditions toConditions() {
            return new Conditions(set(allFlags), set(anyFlags), set(noneFlags), minSubjects, maxSubjects);
        }

        private static Set<String> set(List<String> codes) {
            return new LinkedHashSet<>(orEmpty(codes));
        }
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
