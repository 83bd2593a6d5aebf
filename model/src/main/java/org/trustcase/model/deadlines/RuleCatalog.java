package org.trustcase.model.deadlines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.common.ValidationException;

/**
 * The deadline rules, read once from {@code rules.json} beside this class and checked against {@code rules.schema.json}
 * there (see {@code docs/deadline-rules.md}).
 * Immutable and safe to share between threads.
 */
public final class RuleCatalog {
    private static final String RESOURCE = "rules.json";

    private final String version;
    /** One per id: the rule's latest version. */
    private final List<DeadlineRule> rules;
    private final Map<String, DeadlineRule> byId;
    /** Every entry of the file, versions included, in file order. */
    private final List<DeadlineRule> allVersions;
    /** Per id, its versions from the earliest to the latest. */
    private final Map<String, List<DeadlineRule>> versions;
    private final List<RuleFlag> flags;
    private final Map<String, RuleFlag> flagsByCode;
    private final Map<String, List<String>> groups;
    private final Map<String, ZoneId> zones;
    /** Per rule id, the jurisdictions the rule covers. */
    private final Map<String, JurisdictionCoverage> coverage;
    /** The jurisdictions at least one rule covers. */
    private final JurisdictionCoverage covered;
    /** Per jurisdiction code, the positions in {@link #rules} of the rules that name it (directly or by group). */
    private final Map<String, int[]> byCode;
    /** Per country, the positions of the rules that cover every subdivision of it ({@code US-*}). */
    private final Map<String, int[]> bySubdivisionsOf;
    private static final int[] NONE = new int[0];
    /** Per country code, the public holidays the holiday library lacks. */
    private final Map<String, List<SupplementaryHoliday>> supplementaryHolidays;
    /** Per country code, the holiday library's keys of holidays the rules count as business days. */
    private final Map<String, Set<String>> holidaysCountedAsBusinessDays;
    /** The holiday calendars with those additions and exceptions, their years read once. */
    private final HolidayCalendars holidays;

    RuleCatalog(String version, List<DeadlineRule> rules, List<RuleFlag> flags, Map<String, List<String>> groups,
            Map<String, ZoneId> zones, Map<String, List<SupplementaryHoliday>> supplementaryHolidays,
            Map<String, Set<String>> holidaysCountedAsBusinessDays) {
        this.version = version;
        this.supplementaryHolidays = Map.copyOf(supplementaryHolidays);
        this.holidaysCountedAsBusinessDays = Map.copyOf(holidaysCountedAsBusinessDays);
        this.holidays = HolidayCalendars.of(this.supplementaryHolidays, this.holidaysCountedAsBusinessDays);
        this.allVersions = List.copyOf(rules);
        Map<String, List<DeadlineRule>> byVersion = new LinkedHashMap<>();
        rules.forEach(r -> byVersion.computeIfAbsent(r.id(), id -> new ArrayList<>()).add(r));
        this.versions = new LinkedHashMap<>();
        this.byId = new LinkedHashMap<>();
        byVersion.forEach((id, all) -> {
            List<DeadlineRule> ordered = all.stream().sorted(Comparator.comparing(DeadlineRule::effectiveFrom,
                    Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
            versions.put(id, ordered);
            byId.put(id, ordered.get(ordered.size() - 1));
        });
        this.rules = List.copyOf(byId.values());
        this.flags = List.copyOf(flags);
        this.flagsByCode = flags.stream().collect(Collectors.toUnmodifiableMap(RuleFlag::code, f -> f));
        this.groups = Map.copyOf(groups);
        this.zones = Map.copyOf(zones);
        this.coverage = new LinkedHashMap<>();
        this.rules.forEach(r -> coverage.put(r.id(), coverageOf(r)));
        Map<String, List<Integer>> codes = new HashMap<>();
        Map<String, List<Integer>> countries = new HashMap<>();
        for (int i = 0; i < this.rules.size(); i++) {
            JurisdictionCoverage covers = coverage.get(this.rules.get(i).id());
            for (String code : covers.codes()) {
                codes.computeIfAbsent(code, c -> new ArrayList<>()).add(i);
            }
            for (String country : covers.allSubdivisionsOf()) {
                countries.computeIfAbsent(country, c -> new ArrayList<>()).add(i);
            }
        }
        this.byCode = toArrays(codes);
        this.bySubdivisionsOf = toArrays(countries);
        this.covered = new JurisdictionCoverage(
                coverage.values().stream().flatMap(c -> c.codes().stream()).collect(Collectors.toSet()),
                coverage.values().stream().flatMap(c -> c.allSubdivisionsOf().stream()).collect(Collectors.toSet()));
    }

    private static final class Standard {
        static final RuleCatalog INSTANCE = load();

        private static RuleCatalog load() {
            try (InputStream in = RuleCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the deadline rules resource " + RESOURCE + " is missing");
                }
                return RuleFileReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the deadline rules", e);
            }
        }
    }

    /** The rules shipped with Trustcase, read and checked on first use. */
    public static RuleCatalog standard() {
        return Standard.INSTANCE;
    }

    /** Reads a rule file's JSON text; every problem is reported in one {@link ValidationException}. */
    public static RuleCatalog parse(String json) {
        return RuleFileReader.read(json);
    }

    public String version() {
        return version;
    }

    /**
     * Every rule, in the order of the rule file: of a rule with versions, its latest (which may not be in force yet);
     * {@link #allVersions()} and {@link #versions(String)} give the others.
     */
    public List<DeadlineRule> rules() {
        return rules;
    }

    /** Per country code, the public holidays the rule file adds to the holiday library's. */
    public Map<String, List<SupplementaryHoliday>> supplementaryHolidays() {
        return supplementaryHolidays;
    }

    /** Per country code, the holiday library's keys of holidays the rules count as business days. */
    public Map<String, Set<String>> holidaysCountedAsBusinessDays() {
        return holidaysCountedAsBusinessDays;
    }

    /** The public holidays of the rules: the holiday library's, with this file's additions and exceptions. */
    public HolidayCalendars holidays() {
        return holidays;
    }

    /** Every version of every rule, in the order of the rule file. */
    public List<DeadlineRule> allVersions() {
        return allVersions;
    }

    /** The versions of the rule {@code id}, the earliest first (one for a rule that never changed). */
    public List<DeadlineRule> versions(String id) {
        return versions.getOrDefault(id, List.of());
    }

    /** The version of {@code rule} in force on {@code day}, if one is. */
    public Optional<DeadlineRule> versionOn(DeadlineRule rule, LocalDate day) {
        return versions(rule.id()).stream().filter(v -> v.inForceOn(day)).findFirst();
    }

    public Optional<DeadlineRule> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id.strip().toUpperCase(Locale.ROOT)));
    }

    /** The rule with {@code id} (case-insensitive), or a {@link ValidationException} naming {@code field} and the id. */
    public DeadlineRule rule(String id, String field) {
        return find(id).orElseThrow(() -> new ValidationException(field, "rules.unknown-rule",
                id == null ? "" : id.strip()));
    }

    public DeadlineRule rule(String id) {
        return rule(id, "rule");
    }

    /** The flags rules may depend on, with what each means. */
    public List<RuleFlag> flags() {
        return flags;
    }

    /** The flag {@code code} (case-insensitive), or a {@link ValidationException} naming {@code field} and the accepted codes. */
    public RuleFlag flag(String code, String field) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        RuleFlag flag = flagsByCode.get(wanted);
        if (flag == null) {
            throw new ValidationException(field, "rules.unknown-flag", code == null ? "" : code.strip(),
                    flags.stream().map(RuleFlag::code).toList());
        }
        return flag;
    }

    /** The named groups of jurisdictions rules may refer to (e.g. {@code eea}). */
    public Map<String, List<String>> groups() {
        return groups;
    }

    public boolean covers(DeadlineRule rule, Jurisdiction jurisdiction) {
        return coverage.get(rule.id()).covers(jurisdiction);
    }

    /** The jurisdictions at least one rule covers. */
    public JurisdictionCoverage coverage() {
        return covered;
    }

    /** The first of {@code jurisdictions} that {@code rule} covers. */
    public Optional<Jurisdiction> firstCovered(DeadlineRule rule, Collection<Jurisdiction> jurisdictions) {
        JurisdictionCoverage covered = coverage.get(rule.id());
        for (Jurisdiction jurisdiction : jurisdictions) {
            if (covered.covers(jurisdiction)) {
                return Optional.of(jurisdiction);
            }
        }
        return Optional.empty();
    }

    /** The rules that cover at least one of {@code jurisdictions}, in file order. */
    public List<DeadlineRule> forJurisdictions(Collection<Jurisdiction> jurisdictions) {
        // the rules of each jurisdiction from the index, not a walk over every rule: a case asks this for each clock
        // computation, and there are some two hundred rules
        java.util.BitSet found = new java.util.BitSet(rules.size());
        for (Jurisdiction jurisdiction : jurisdictions) {
            for (int index : byCode.getOrDefault(jurisdiction.code(), NONE)) {
                found.set(index);
            }
            if (jurisdiction.code().length() > 2) {
                for (int index : bySubdivisionsOf.getOrDefault(jurisdiction.country(), NONE)) {
                    found.set(index);
                }
            }
        }
        List<DeadlineRule> covering = new ArrayList<>(found.cardinality());
        for (int index = found.nextSetBit(0); index >= 0; index = found.nextSetBit(index + 1)) {
            covering.add(rules.get(index));
        }
        return covering;
    }

    /** True when {@code code} is exactly a declared flag code. */
    public boolean isFlag(String code) {
        return flagsByCode.containsKey(code);
    }

    /**
     * The zone in which {@code rule}'s days are counted for a case in {@code jurisdictions}: the zone of the first
     * covered jurisdiction when the rule counts in the jurisdiction's zone and the file names one, else the rule's zone.
     */
    public ZoneId zoneFor(DeadlineRule rule, Collection<Jurisdiction> jurisdictions) {
        return zoneFor(rule, jurisdictions, null);
    }

    /**
     * The zone in which {@code rule}'s days are counted, as {@link #zoneFor(DeadlineRule, Collection)} says, or the
     * organisation's {@code homeZone} (when it has one) for a rule that counts in the organisation's zone.
     */
    public ZoneId zoneFor(DeadlineRule rule, Collection<Jurisdiction> jurisdictions, ZoneId homeZone) {
        if (rule.zoneOfOrganisation() && homeZone != null) {
            return homeZone;
        }
        if (!rule.zoneOfJurisdiction()) {
            return rule.zone();
        }
        return firstCovered(rule, jurisdictions).map(j -> zones.get(j.code())).orElse(rule.zone());
    }

    private static Map<String, int[]> toArrays(Map<String, List<Integer>> positions) {
        Map<String, int[]> arrays = new HashMap<>();
        positions.forEach((key, list) -> arrays.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(arrays);
    }

    private JurisdictionCoverage coverageOf(DeadlineRule rule) {
        Set<String> codes = new HashSet<>();
        Set<String> countries = new HashSet<>();
        List<String> entries = new ArrayList<>();
        rule.jurisdictions().forEach(e -> entries.addAll(groups.getOrDefault(e, List.of(e))));
        for (String entry : entries) {
            if (entry.endsWith("-*")) {
                countries.add(entry.substring(0, 2));
            } else {
                codes.add(entry);
            }
        }
        return new JurisdictionCoverage(codes, countries);
    }
}
