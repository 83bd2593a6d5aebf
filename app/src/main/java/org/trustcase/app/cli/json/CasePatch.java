package org.trustcase.app.cli.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.BreachCause;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseField;
import org.trustcase.model.cases.DataCategory;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.cases.Party;
import org.trustcase.model.cases.PartyRole;
import org.trustcase.model.cases.ReportChannel;
import org.trustcase.model.cases.SubjectCategory;
import org.trustcase.model.common.Coded;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.ValidationException;

/**
 * Applies the fields present in a JSON document (the shape {@link CaseJson} writes) to a case's
 * details. Absent fields keep their value; {@code null} clears one. Every malformed field is
 * reported, each by name, and then nothing is applied. The read-only fields of the shape are
 * accepted when they agree with the case ({@code version} is the optimistic-locking check).
 */
public final class CasePatch {
    private static final Set<String> IGNORED = Set.of("statusReason", "createdAt", "updatedAt");

    /** The details to store, and the version the document was based on ({@code null} if it does not say). */
    public record Result(CaseDetails details, Long expectedVersion) {
    }

    private final BreachCase current;
    private final CaseDetails.Builder builder;
    private final List<FieldError> errors = new ArrayList<>();
    private Long expectedVersion;

    private CasePatch(BreachCase current) {
        this.current = current;
        this.builder = current.details().toBuilder();
    }

    public static Result apply(JsonNode document, BreachCase current) {
        if (document == null || !document.isObject()) {
            throw new ValidationException("document", "cli.patch.not-an-object");
        }
        CasePatch patch = new CasePatch(current);
        Iterator<Map.Entry<String, JsonNode>> fields = document.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            try {
                patch.applyField(field.getKey(), field.getValue());
            } catch (ValidationException e) {
                patch.errors.addAll(e.errors());
            }
        }
        if (!patch.errors.isEmpty()) {
            throw new ValidationException(patch.errors);
        }
        return new Result(patch.builder.build(), patch.expectedVersion);
    }

    private void applyField(String name, JsonNode value) {
        if (IGNORED.contains(name)) {
            return;
        }
        switch (name) {
            case "reference" -> requireSame(name, value, current.reference().toString(), "cli.patch.another-case");
            case "status" -> requireSame(name, value, current.status().name(), "cli.patch.status-unchangeable");
            case "version" -> expectedVersion = wholeNumber(name, value);
            default -> applyDetail(CaseField.byKey(name).orElseThrow(() -> new ValidationException(name,
                    "cli.patch.unknown-field", Arrays.stream(CaseField.values()).map(CaseField::key).toList())), value);
        }
    }

    private void applyDetail(CaseField field, JsonNode v) {
        String n = field.key();
        switch (field) {
            case TITLE -> builder.title(text(n, v));
            case SUMMARY -> builder.summary(text(n, v));
            case REPORTER -> builder.reporter(text(n, v));
            case CHANNEL -> builder.channel(code(ReportChannel.class, n, v));
            case OCCURRED_FROM -> builder.occurredFrom(instant(n, v));
            case OCCURRED_TO -> builder.occurredTo(instant(n, v));
            case DETECTED_AT -> builder.detectedAt(instant(n, v));
            case AWARE_AT -> builder.awareAt(instant(n, v));
            case AWARE_GAP_REASON -> builder.awareGapReason(text(n, v));
            case CONTAINED_AT -> builder.containedAt(instant(n, v));
            case BREACH_TYPES -> builder.breachTypes(list(n, v, (item, at) -> Coded.parse(BreachType.class, str(at, item), at)));
            case DATA_CATEGORIES -> builder.dataCategories(list(n, v, (item, at) -> Coded.parse(DataCategory.class, str(at, item), at)));
            case SUBJECT_CATEGORIES -> builder.subjectCategories(list(n, v, (item, at) -> Coded.parse(SubjectCategory.class, str(at, item), at)));
            case APPROX_SUBJECTS -> builder.approxSubjects(wholeNumber(n, v));
            case APPROX_RECORDS -> builder.approxRecords(wholeNumber(n, v));
            case JURISDICTIONS -> builder.jurisdictions(list(n, v, (item, at) -> Jurisdiction.parse(str(at, item), at)));
            case PARTIES -> builder.parties(list(n, v, CasePatch::party));
            case CAUSE -> builder.cause(code(BreachCause.class, n, v));
            case REMEDIAL_ACTIONS -> builder.remedialActions(text(n, v));
            case OWNER -> builder.owner(text(n, v));
            case DATA_UNINTELLIGIBLE -> builder.dataUnintelligible(bool(n, v));
            case HIGH_RISK_REMOVED -> builder.highRiskRemoved(bool(n, v));
            case DISPROPORTIONATE_EFFORT -> builder.disproportionateEffort(bool(n, v));
        }
    }

    private static void requireSame(String name, JsonNode value, String expected, String code) {
        if (!value.isTextual() || !value.asText().equalsIgnoreCase(expected)) {
            throw new ValidationException(name, code, expected, value.toString());
        }
    }

    private static String text(String name, JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new ValidationException(name, "cli.patch.expected-string", v.getNodeType().name().toLowerCase());
        }
        return v.asText();
    }

    private static Boolean bool(String name, JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new ValidationException(name, "cli.patch.expected-boolean", v.toString());
        }
        return v.asBoolean();
    }

    private static String str(String name, JsonNode v) {
        String text = text(name, v);
        if (text == null) {
            throw new ValidationException(name, "cli.patch.not-null");
        }
        return text;
    }

    private static Instant instant(String name, JsonNode v) {
        String text = text(name, v);
        return text == null ? null : Instants.parse(text, name);
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String name, JsonNode v) {
        String text = text(name, v);
        return text == null ? null : Coded.parse(type, text, name);
    }

    private static Long wholeNumber(String name, JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new ValidationException(name, "cli.patch.expected-whole-number", v.toString());
        }
        return v.asLong();
    }

    private interface ItemReader<T> {
        T read(JsonNode item, String at);
    }

    /** Reads an array item by item; every bad item is reported under its index, e.g. {@code jurisdictions[2]}. */
    private static <T> List<T> list(String name, JsonNode v, ItemReader<T> reader) {
        if (v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new ValidationException(name, "cli.patch.expected-array", v.getNodeType().name().toLowerCase());
        }
        List<T> items = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            try {
                items.add(reader.read(v.get(i), name + "[" + i + "]"));
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return items;
    }

    private static Party party(JsonNode item, String at) {
        if (!item.isObject()) {
            throw new ValidationException(at, "cli.patch.expected-party");
        }
        Function<String, JsonNode> get = key -> item.has(key) ? item.get(key) : com.fasterxml.jackson.databind.node.NullNode.getInstance();
        PartyRole role = Coded.parse(PartyRole.class, text(at + ".role", get.apply("role")), at + ".role");
        return new Party(role, text(at + ".name", get.apply("name")));
    }
}
