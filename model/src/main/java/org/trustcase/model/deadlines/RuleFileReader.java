package org.trustcase.model.deadlines;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.common.Coded;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.ValidationException;

/**
 * Reads and checks the rule file. Every problem is reported at once, each naming the rule id and the
 * field ({@code rules[GDPR-SA].clock[0].unit: unknown value 'weeks' …}); unknown fields are errors too,
 * so that a misspelt condition cannot silently widen a rule.
 */
final class RuleFileReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
    private static final Pattern WILDCARD = Pattern.compile("([A-Z]{2})-\\*");
    private static final Set<String> TOP_FIELDS = Set.of("about", "version", "flags", "groups", "zones", "rules");
    private static final Set<String> RULE_FIELDS = Set.of("id", "regime", "jurisdictions", "recipient", "kind", "clock",
            "variants", "appliesWhen", "zone", "zoneOfJurisdiction", "holidays", "citation", "note");
    private static final Set<String> LIMIT_FIELDS = Set.of("after", "amount", "unit", "countFrom");
    private static final Set<String> CONDITION_FIELDS = Set.of("allFlags", "anyFlags", "noneFlags", "minSubjects",
            "maxSubjects");
    private static final Set<String> VARIANT_FIELDS = Set.of("when", "clock", "note");
    static final String WEEKENDS_ONLY = "weekends-only";

    private final List<FieldError> errors = new ArrayList<>();
    private final Map<String, RuleFlag> flags = new LinkedHashMap<>();
    private final Map<String, List<String>> groups = new LinkedHashMap<>();
    private final Map<String, ZoneId> zones = new LinkedHashMap<>();

    private RuleFileReader() {
    }

    static RuleCatalog read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ValidationException("rules file", "is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
        return new RuleFileReader().catalog(root);
    }

    private RuleCatalog catalog(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new ValidationException("rules file", "must be a JSON object");
        }
        unknownFields(root, TOP_FIELDS, "");
        String version = text(root, "version", "version", true);
        readFlags(root.path("flags"));
        readGroups(root.path("groups"));
        readZones(root.path("zones"));
        List<DeadlineRule> rules = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        JsonNode ruleNodes = root.path("rules");
        if (!ruleNodes.isArray() || ruleNodes.isEmpty()) {
            error("rules", "must be a non-empty list");
        }
        for (int i = 0; i < ruleNodes.size(); i++) {
            JsonNode node = ruleNodes.get(i);
            String id = node.path("id").asText("");
            String at = "rules[" + (id.isEmpty() ? String.valueOf(i) : id) + "]";
            if (!ID.matcher(id).matches()) {
                error(at + ".id", "must be upper-case letters, digits and hyphens, e.g. GDPR-SA");
            } else if (!ids.add(id)) {
                error(at + ".id", "is used by more than one rule");
            }
            DeadlineRule rule = rule(node, at, id);
            if (rule != null) {
                rules.add(rule);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new RuleCatalog(version, rules, List.copyOf(flags.values()), groups, zones);
    }

    private void readFlags(JsonNode node) {
        if (!node.isObject()) {
            error("flags", "must map each flag code to what it means");
            return;
        }
        node.fields().forEachRemaining(e -> {
            if (!e.getKey().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                error("flags." + e.getKey(), "a flag code is lower-case words joined by hyphens");
            } else if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                error("flags." + e.getKey(), "needs a description");
            } else {
                flags.put(e.getKey(), new RuleFlag(e.getKey(), e.getValue().asText()));
            }
        });
    }

    private void readGroups(JsonNode node) {
        if (!node.isObject()) {
            error("groups", "must map each group name to its jurisdiction codes");
            return;
        }
        node.fields().forEachRemaining(e -> {
            String at = "groups." + e.getKey();
            if (!e.getKey().matches("[a-z]+(-[a-z]+)*")) {
                error(at, "a group name is lower-case words joined by hyphens (so it cannot be taken for an ISO code)");
                return;
            }
            List<String> members = new ArrayList<>();
            for (JsonNode member : iterable(e.getValue(), at)) {
                String code = member.asText();
                if (!isCode(code)) {
                    error(at, "unknown jurisdiction code '" + code + "'");
                }
                members.add(code);
            }
            groups.put(e.getKey(), List.copyOf(members));
        });
    }

    private void readZones(JsonNode node) {
        if (!node.isObject()) {
            error("zones", "must map jurisdiction codes to IANA time zones");
            return;
        }
        node.fields().forEachRemaining(e -> {
            if (!Jurisdiction.isKnown(e.getKey())) {
                error("zones." + e.getKey(), "unknown jurisdiction code");
            }
            ZoneId zone = zone(e.getValue().asText(), "zones." + e.getKey());
            if (zone != null) {
                zones.put(e.getKey(), zone);
            }
        });
    }

    private DeadlineRule rule(JsonNode node, String at, String id) {
        int before = errors.size();
        unknownFields(node, RULE_FIELDS, at + ".");
        String regime = text(node, "regime", at + ".regime", true);
        List<String> jurisdictions = jurisdictions(node.path("jurisdictions"), at + ".jurisdictions");
        String recipient = text(node, "recipient", at + ".recipient", true);
        DeadlineKind kind = coded(DeadlineKind.class, node.path("kind"), at + ".kind");
        List<TimeLimit> limits = limits(node.path("clock"), at + ".clock");
        List<RuleVariant> variants = new ArrayList<>();
        if (!node.path("variants").isMissingNode()) {
            int v = 0;
            for (JsonNode variant : iterable(node.path("variants"), at + ".variants")) {
                variants.add(variant(variant, at + ".variants[" + v++ + "]"));
            }
        }
        Conditions appliesWhen = conditions(node.path("appliesWhen"), at + ".appliesWhen");
        ZoneId zone = zone(text(node, "zone", at + ".zone", true), at + ".zone");
        boolean zoneOfJurisdiction = node.path("zoneOfJurisdiction").asBoolean(false);
        if (zoneOfJurisdiction) {
            concreteCodes(jurisdictions).stream().filter(code -> !zones.containsKey(code))
                    .forEach(code -> error(at + ".zoneOfJurisdiction", "the zones table has no zone for " + code));
        }
        String holidays = text(node, "holidays", at + ".holidays", false);
        String citation = text(node, "citation", at + ".citation", true);
        String note = text(node, "note", at + ".note", false);
        if (errors.size() > before) {
            return null;
        }
        DeadlineRule rule = new DeadlineRule(id, regime, jurisdictions, recipient, kind, limits, variants, appliesWhen,
                zone, zoneOfJurisdiction, WEEKENDS_ONLY.equals(holidays) ? null : holidays, citation, note);
        checkHolidays(rule, holidays, at + ".holidays");
        return rule;
    }

    private void checkHolidays(DeadlineRule rule, String holidays, String at) {
        if (holidays == null && rule.countsBusinessDays()) {
            error(at, "business days need a holiday calendar (e.g. \"BR\"), or \"" + WEEKENDS_ONLY + "\"");
        } else if (holidays != null && !WEEKENDS_ONLY.equals(holidays) && !HolidayCalendars.isSupported(holidays)) {
            error(at, "Jollyday has no public holidays for '" + holidays + "' (use \"" + WEEKENDS_ONLY
                    + "\" and say so in the note)");
        }
    }

    private RuleVariant variant(JsonNode node, String at) {
        unknownFields(node, VARIANT_FIELDS, at + ".");
        Conditions when = conditions(node.path("when"), at + ".when");
        if (when.isEmpty()) {
            error(at + ".when", "a variant needs a condition");
        }
        List<TimeLimit> limits = limits(node.path("clock"), at + ".clock");
        String note = text(node, "note", at + ".note", false);
        return limits.isEmpty() ? null : new RuleVariant(when, limits, note);
    }

    private List<TimeLimit> limits(JsonNode node, String at) {
        List<TimeLimit> limits = new ArrayList<>();
        if (!node.isArray() || node.isEmpty()) {
            error(at, "needs at least one time limit, e.g. [{\"after\": \"aware\", \"amount\": 72, \"unit\": \"hours\"}]");
            return limits;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode limit = node.get(i);
            String here = at + "[" + i + "]";
            unknownFields(limit, LIMIT_FIELDS, here + ".");
            DeadlineEvent event = coded(DeadlineEvent.class, limit.path("after"), here + ".after");
            DurationUnit unit = coded(DurationUnit.class, limit.path("unit"), here + ".unit");
            CountFrom from = limit.has("countFrom") ? coded(CountFrom.class, limit.path("countFrom"), here + ".countFrom")
                    : CountFrom.EVENT;
            JsonNode amount = limit.path("amount");
            if (!amount.canConvertToInt() || !amount.isIntegralNumber() || amount.asInt() <= 0) {
                error(here + ".amount", "must be a positive whole number");
            } else if (unit == DurationUnit.HOURS && from == CountFrom.END_OF_YEAR) {
                error(here + ".countFrom", "hours are counted from the event itself");
            } else if (event != null && unit != null && from != null) {
                limits.add(new TimeLimit(event, amount.asInt(), unit, from));
            }
        }
        return limits;
    }

    private Conditions conditions(JsonNode node, String at) {
        if (node.isMissingNode()) {
            return Conditions.NONE;
        }
        unknownFields(node, CONDITION_FIELDS, at + ".");
        Long min = count(node.path("minSubjects"), at + ".minSubjects");
        Long max = count(node.path("maxSubjects"), at + ".maxSubjects");
        if (min != null && max != null && min > max) {
            error(at, "minSubjects is greater than maxSubjects");
        }
        return new Conditions(flagCodes(node.path("allFlags"), at + ".allFlags"),
                flagCodes(node.path("anyFlags"), at + ".anyFlags"), flagCodes(node.path("noneFlags"), at + ".noneFlags"),
                min, max);
    }

    private Set<String> flagCodes(JsonNode node, String at) {
        Set<String> codes = new LinkedHashSet<>();
        if (node.isMissingNode()) {
            return codes;
        }
        for (JsonNode flag : iterable(node, at)) {
            if (!flags.containsKey(flag.asText())) {
                error(at, "unknown flag '" + flag.asText() + "' (declare it under \"flags\")");
            }
            codes.add(flag.asText());
        }
        return codes;
    }

    private Long count(JsonNode node, String at) {
        if (node.isMissingNode()) {
            return null;
        }
        if (!node.isIntegralNumber() || node.asLong() < 0) {
            error(at, "must be a whole number, zero or more");
            return null;
        }
        return node.asLong();
    }

    private List<String> jurisdictions(JsonNode node, String at) {
        List<String> codes = new ArrayList<>();
        if (!node.isArray() || node.isEmpty()) {
            error(at, "needs at least one ISO 3166 code or group name");
            return codes;
        }
        for (JsonNode code : node) {
            String text = code.asText();
            if (!groups.containsKey(text) && !isCode(text)) {
                error(at, "unknown jurisdiction code or group '" + text + "'");
            }
            codes.add(text);
        }
        return codes;
    }

    /** The ISO codes a rule's entries stand for, groups expanded, wildcards left out. */
    private List<String> concreteCodes(List<String> entries) {
        List<String> codes = new ArrayList<>();
        for (String entry : entries) {
            for (String code : groups.getOrDefault(entry, List.of(entry))) {
                if (!WILDCARD.matcher(code).matches()) {
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

    private ZoneId zone(String text, String at) {
        if (text == null) {
            return null;
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            error(at, "unknown time zone '" + text + "' (expected an IANA zone such as Europe/Warsaw)");
            return null;
        }
    }

    private <E extends Enum<E> & Coded> E coded(Class<E> type, JsonNode node, String at) {
        try {
            return Coded.parse(type, node.isTextual() ? node.asText() : null, at);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private String text(JsonNode node, String name, String at, boolean required) {
        JsonNode value = node.path(name);
        if (value.isMissingNode() || value.isNull()) {
            if (required) {
                error(at, "is required");
            }
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            error(at, "must be a non-empty text");
            return null;
        }
        return value.asText().strip();
    }

    private Iterable<JsonNode> iterable(JsonNode node, String at) {
        if (!node.isArray()) {
            error(at, "must be a list");
            return List.of();
        }
        return node;
    }

    private void unknownFields(JsonNode node, Set<String> known, String prefix) {
        if (!node.isObject()) {
            error(prefix.isEmpty() ? "rules file" : prefix.substring(0, prefix.length() - 1), "must be a JSON object");
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                error(prefix + name, "unknown field (accepted: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    private void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}
