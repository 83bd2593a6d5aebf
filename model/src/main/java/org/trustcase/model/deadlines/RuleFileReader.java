package org.trustcase.model.deadlines;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.common.Coded;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.ValidationException;

/**
 * Reads the rule file: {@code rules.schema.json} checks its form, Jackson binds it into {@link RuleFile}'s records,
 * and this class checks what a schema cannot say (that named jurisdictions, groups, flags, zones and holiday calendars
 * exist, that ids are unique, that a subject range is not reversed). Every problem is reported at once, each naming
 * the rule id and the field ({@code rules[GDPR-SA].clock[0].unit: unknown value 'weeks' …}); unknown fields are errors
 * too, so that a misspelt condition cannot silently widen a rule.
 */
final class RuleFileReader {
    private static final Pattern WILDCARD = Pattern.compile("([A-Z]{2})-\\*");
    /** Enums are read by their codes ({@code calendar-days}), which {@link Coded#codeOf} derives the same way. */
    private static final ObjectMapper MAPPER = JsonMapper.builder().enumNamingStrategy(EnumNamingStrategies.KEBAB_CASE)
            .build();
    /** For a file the schema accepted: anything the records do not hold is a disagreement of schema and records. */
    private static final ObjectReader STRICT = MAPPER.readerFor(RuleFile.class)
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** For a file the schema refused: read what can be read, to report the problems the schema cannot see as well. */
    private static final ObjectReader LENIENT = MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .with(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);
    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, List<String>>> LISTS = new TypeReference<>() {
    };

    private final List<FieldError> errors = new ArrayList<>();
    private final RuleFile file;
    private final List<String> labels;

    private RuleFileReader(RuleFile file, List<String> labels) {
        this.file = file;
        this.labels = labels;
    }

    static RuleCatalog read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw e.getLocation() == null
                    ? new ValidationException("rules file", "rules.invalid-json", e.getOriginalMessage())
                    : new ValidationException("rules file", "rules.invalid-json-at", e.getOriginalMessage(),
                            e.getLocation().getLineNr());
        }
        if (root == null || !root.isObject()) {
            throw new ValidationException("rules file", "rules.type.object");
        }
        List<String> labels = labels(root);
        List<FieldError> errors = new ArrayList<>(RuleFileSchema.standard().check(root, labels));
        RuleFile file;
        if (errors.isEmpty()) {
            try {
                file = STRICT.readValue(root);
            } catch (IOException e) {
                throw new IllegalStateException(RuleFileSchema.RESOURCE + " accepts what the reader cannot bind", e);
            }
        } else {
            file = readWhatCanBeRead(root);
        }
        RuleFileReader reader = new RuleFileReader(file, labels);
        reader.check();
        Set<String> named = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        reader.errors.stream().filter(e -> !named.contains(e.field())).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return reader.catalog();
    }

    /**
     * A refused file, read part by part: a part that cannot be bound (a list where a text belongs, say) is left out, so
     * that the problems of the other parts are still found.
     */
    private static RuleFile readWhatCanBeRead(JsonNode root) {
        List<RuleFile.Rule> rules = new ArrayList<>();
        if (root.path("rules").isArray()) {
            root.path("rules").forEach(rule -> rules.add(part(rule, LENIENT.forType(RuleFile.Rule.class))));
        }
        return new RuleFile(null, null, part(root.get("flags"), LENIENT.forType(TEXTS)),
                part(root.get("groups"), LENIENT.forType(LISTS)), part(root.get("zones"), LENIENT.forType(TEXTS)),
                null, null, rules);
    }

    private static <T> T part(JsonNode node, ObjectReader reader) {
        if (node == null) {
            return null;
        }
        try {
            return reader.readValue(node);
        } catch (IOException e) {
            return null;
        }
    }

    /** How errors name each rule: {@code rules[GDPR-SA]} by its id, or by its position when it has none. */
    static List<String> labels(JsonNode root) {
        List<String> labels = new ArrayList<>();
        JsonNode rules = root.path("rules");
        for (int i = 0; rules.isArray() && i < rules.size(); i++) {
            JsonNode id = rules.path(i).path("id");
            JsonNode from = rules.path(i).path("effectiveFrom");
            String label = id.isTextual() && !id.asText().isEmpty() ? id.asText() : String.valueOf(i);
            labels.add(from.isTextual() ? label + "@" + from.asText() : label);
        }
        return labels;
    }

    private RuleCatalog catalog() {
        Map<String, ZoneId> zones = new LinkedHashMap<>();
        file.zones().forEach((code, zone) -> zones.put(code, ZoneId.of(zone.strip())));
        List<RuleFlag> flags = new ArrayList<>();
        file.flags().forEach((code, description) -> flags.add(new RuleFlag(code, description.strip())));
        Map<String, List<String>> groups = new LinkedHashMap<>();
        file.groups().forEach((name, members) -> groups.put(name, List.copyOf(members)));
        Map<String, List<SupplementaryHoliday>> supplements = new LinkedHashMap<>();
        orEmpty(file.supplementaryHolidays()).forEach((country, holidays) -> supplements.put(country,
                holidays.stream().map(RuleFile.Holiday::toHoliday).toList()));
        Map<String, Set<String>> counted = new LinkedHashMap<>();
        orEmpty(file.holidaysCountedAsBusinessDays()).forEach((country, keys) -> counted.put(country, Set.copyOf(keys)));
        return new RuleCatalog(file.version().strip(), file.rules().stream().map(RuleFile.Rule::toRule).toList(), flags,
                groups, zones, supplements, counted);
    }

    // The checks below see a file that may have been refused by the schema: any value may be missing.

    private void check() {
        Map<String, List<String>> groups = orEmpty(file.groups());
        groups.forEach((name, members) -> RuleFile.orEmpty(members).stream().filter(code -> code != null && !isCode(code))
                .forEach(code -> error("groups." + name, "rules.unknown-jurisdiction-code", code)));
        orEmpty(file.zones()).forEach((code, zone) -> {
            if (!Jurisdiction.isKnown(code)) {
                error("zones." + code, "rules.unknown-jurisdiction");
            }
            zone("zones." + code, zone);
        });
        orEmpty(file.holidaysCountedAsBusinessDays()).forEach((country, keys) -> {
            if (!HolidayCalendars.isSupported(country)) {
                error("holidaysCountedAsBusinessDays." + country, "rules.holidays-unknown", country,
                        RuleFile.WEEKENDS_ONLY);
            }
        });
        orEmpty(file.supplementaryHolidays()).forEach((country, holidays) -> {
            if (!HolidayCalendars.isSupported(country)) {
                error("supplementaryHolidays." + country, "rules.holidays-unknown", country, RuleFile.WEEKENDS_ONLY);
            }
        });
        Map<String, List<RuleFile.Rule>> versions = new LinkedHashMap<>();
        List<RuleFile.Rule> rules = RuleFile.orEmpty(file.rules());
        for (int i = 0; i < rules.size(); i++) {
            RuleFile.Rule rule = rules.get(i);
            String at = "rules[" + labels.get(i) + "]";
            if (rule == null) {
                continue;
            }
            LocalDate from = day(at + ".effectiveFrom", rule.effectiveFrom());
            LocalDate until = day(at + ".effectiveUntil", rule.effectiveUntil());
            if (from != null && until != null && until.isBefore(from)) {
                error(at + ".effectiveUntil", "rules.version-ends-before-start", rule.effectiveUntil().strip(),
                        rule.effectiveFrom().strip());
            }
            day(at + ".checked", rule.checked());
            if (rule.id() != null) {
                List<RuleFile.Rule> earlier = versions.computeIfAbsent(rule.id(), id -> new ArrayList<>());
                for (RuleFile.Rule other : earlier) {
                    versionBeside(rule, other, at);
                }
                earlier.add(rule);
            }
            check(rule, at, groups);
        }
    }

    /**
     * Two entries with one id are versions of one rule: they must hold in periods that do not overlap (which needs a
     * start or an end on each), and cover the same jurisdictions, since a case's clocks are found by them.
     */
    private void versionBeside(RuleFile.Rule rule, RuleFile.Rule other, String at) {
        LocalDate from = parsed(rule.effectiveFrom());
        LocalDate until = parsed(rule.effectiveUntil());
        LocalDate otherFrom = parsed(other.effectiveFrom());
        LocalDate otherUntil = parsed(other.effectiveUntil());
        boolean apart = (until != null && otherFrom != null && until.isBefore(otherFrom))
                || (otherUntil != null && from != null && otherUntil.isBefore(from));
        if (!apart) {
            error(at + ".id", "rules.versions-overlap", other.label());
        }
        if (!java.util.Objects.equals(rule.jurisdictions(), other.jurisdictions())) {
            error(at + ".jurisdictions", "rules.versions-jurisdictions", other.label());
        }
    }

    private LocalDate day(String at, String text) {
        if (text == null) {
            return null;
        }
        LocalDate day = parsed(text);
        if (day == null) {
            error(at, "rules.invalid-day", text.strip());
        }
        return day;
    }

    private static LocalDate parsed(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private void check(RuleFile.Rule rule, String at, Map<String, List<String>> groups) {
        List<String> jurisdictions = RuleFile.orEmpty(rule.jurisdictions());
        jurisdictions.stream().filter(code -> code != null && !groups.containsKey(code) && !isCode(code))
                .forEach(code -> error(at + ".jurisdictions", "rules.unknown-jurisdiction-or-group", code));
        limits(rule.clock(), at + ".clock");
        List<RuleFile.Variant> variants = RuleFile.orEmpty(rule.variants());
        for (int v = 0; v < variants.size(); v++) {
            if (variants.get(v) != null) {
                conditions(variants.get(v).when(), at + ".variants[" + v + "].when");
                limits(variants.get(v).clock(), at + ".variants[" + v + "].clock");
            }
        }
        conditions(rule.appliesWhen(), at + ".appliesWhen");
        zone(at + ".zone", rule.zone());
        if (Boolean.TRUE.equals(rule.zoneOfJurisdiction())) {
            concreteCodes(jurisdictions, groups).stream().filter(code -> !orEmpty(file.zones()).containsKey(code))
                    .forEach(code -> error(at + ".zoneOfJurisdiction", "rules.no-zone", code));
        }
        String holidays = rule.holidays() == null ? null : rule.holidays().strip();
        if (holidays == null && rule.countsBusinessDays()) {
            error(at + ".holidays", "rules.holidays-required", RuleFile.WEEKENDS_ONLY);
        } else if (holidays != null && !holidays.isEmpty() && !RuleFile.WEEKENDS_ONLY.equals(holidays)
                && !DeadlineRule.HOLIDAYS_OF_JURISDICTION.equals(holidays) && !HolidayCalendars.isSupported(holidays)) {
            error(at + ".holidays", "rules.holidays-unknown", holidays, RuleFile.WEEKENDS_ONLY);
        }
    }

    private void limits(List<RuleFile.Limit> limits, String at) {
        List<RuleFile.Limit> all = RuleFile.orEmpty(limits);
        for (int i = 0; i < all.size(); i++) {
            RuleFile.Limit limit = all.get(i);
            if (limit != null && limit.unit() == DurationUnit.HOURS && limit.from() == CountFrom.END_OF_YEAR) {
                error(at + "[" + i + "].countFrom", "rules.hours-from-event");
            }
            if (limit != null && limit.unit() == DurationUnit.HOURS && limit.amount() != null && limit.amount() == 0) {
                error(at + "[" + i + "].amount", "rules.zero-hours");
            }
            if (limit != null && limit.unit() == DurationUnit.HOURS && limit.endsAt() != null) {
                error(at + "[" + i + "].endsAt", "rules.hours-end-when-they-end");
            }
        }
    }

    private void conditions(RuleFile.When when, String at) {
        if (when == null) {
            return;
        }
        flags(when.allFlags(), at + ".allFlags");
        flags(when.anyFlags(), at + ".anyFlags");
        flags(when.noneFlags(), at + ".noneFlags");
        if (when.minSubjects() != null && when.maxSubjects() != null && when.minSubjects() > when.maxSubjects()) {
            error(at, "rules.min-above-max", Problem.field("minSubjects"), Problem.field("maxSubjects"));
        }
    }

    private void flags(List<String> codes, String at) {
        RuleFile.orEmpty(codes).stream().filter(code -> code != null && !orEmpty(file.flags()).containsKey(code))
                .forEach(code -> error(at, "rules.undeclared-flag", code));
    }

    private void zone(String at, String zone) {
        if (zone == null || zone.isBlank()) {
            return;
        }
        try {
            ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            error(at, "rules.unknown-zone", zone.strip());
        }
    }

    /** The ISO codes a rule's entries stand for, groups expanded, wildcards left out. */
    private static List<String> concreteCodes(List<String> entries, Map<String, List<String>> groups) {
        List<String> codes = new ArrayList<>();
        for (String entry : entries) {
            if (entry == null) {
                continue;
            }
            for (String code : RuleFile.orEmpty(groups.getOrDefault(entry, List.of(entry)))) {
                if (code != null && !WILDCARD.matcher(code).matches()) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    private static boolean isCode(String code) {
        var wildcard = WILDCARD.matcher(code);
        return Jurisdiction.isKnown(code) || (wildcard.matches() && Jurisdiction.isKnown(wildcard.group(1)));
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private void error(String field, String code, Object... args) {
        errors.add(new FieldError(field, code, args));
    }
}
