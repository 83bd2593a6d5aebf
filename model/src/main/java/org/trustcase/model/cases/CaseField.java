package org.trustcase.model.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.common.Coded;

/**
 * The editable fields of a case, under the stable names used in validation messages, JSON, the
 * audit trail and the UI's resource bundles. Adding a field to {@link CaseDetails} means adding
 * it here, and the audit trail then records its changes.
 */
public enum CaseField {
    TITLE("title", CaseDetails::title),
    SUMMARY("summary", CaseDetails::summary),
    REPORTER("reporter", CaseDetails::reporter),
    CHANNEL("channel", CaseDetails::channel),
    OCCURRED_FROM("occurredFrom", CaseDetails::occurredFrom),
    OCCURRED_TO("occurredTo", CaseDetails::occurredTo),
    DETECTED_AT("detectedAt", CaseDetails::detectedAt),
    AWARE_AT("awareAt", CaseDetails::awareAt),
    AWARE_GAP_REASON("awareGapReason", CaseDetails::awareGapReason),
    CONTAINED_AT("containedAt", CaseDetails::containedAt),
    BREACH_TYPES("breachTypes", CaseDetails::breachTypes),
    DATA_CATEGORIES("dataCategories", CaseDetails::dataCategories),
    SUBJECT_CATEGORIES("subjectCategories", CaseDetails::subjectCategories),
    APPROX_SUBJECTS("approxSubjects", CaseDetails::approxSubjects),
    APPROX_RECORDS("approxRecords", CaseDetails::approxRecords),
    JURISDICTIONS("jurisdictions", CaseDetails::jurisdictions),
    PARTIES("parties", CaseDetails::parties),
    CAUSE("cause", CaseDetails::cause),
    REMEDIAL_ACTIONS("remedialActions", CaseDetails::remedialActions),
    OWNER("owner", CaseDetails::owner),
    DATA_UNINTELLIGIBLE("dataUnintelligible", CaseDetails::dataUnintelligible),
    HIGH_RISK_REMOVED("highRiskRemoved", CaseDetails::highRiskRemoved),
    DISPROPORTIONATE_EFFORT("disproportionateEffort", CaseDetails::disproportionateEffort);

    private final String key;
    private final Function<CaseDetails, Object> accessor;

    CaseField(String key, Function<CaseDetails, Object> accessor) {
        this.key = key;
        this.accessor = accessor;
    }

    /** The stable name, e.g. {@code awareAt}. */
    public String key() {
        return key;
    }

    public Object valueIn(CaseDetails details) {
        return accessor.apply(details);
    }

    /** The value as one line of text, as the audit trail records it; {@code null} when unset or empty. */
    public String render(CaseDetails details) {
        return render(valueIn(details));
    }

    public static java.util.Optional<CaseField> byKey(String key) {
        for (CaseField field : values()) {
            if (field.key.equals(key)) {
                return java.util.Optional.of(field);
            }
        }
        return java.util.Optional.empty();
    }

    /** Every field whose value differs between {@code before} and {@code after}, in field order. */
    public static List<FieldChange> changes(CaseDetails before, CaseDetails after) {
        List<FieldChange> changes = new ArrayList<>();
        for (CaseField field : values()) {
            if (!Objects.equals(field.valueIn(before), field.valueIn(after))) {
                changes.add(new FieldChange(field.key, field.render(before), field.render(after)));
            }
        }
        return changes;
    }

    /** Every field that has a value, as changes from nothing: what an audit event of a new case records. */
    public static List<FieldChange> initialValues(CaseDetails details) {
        List<FieldChange> values = new ArrayList<>();
        for (CaseField field : values()) {
            String rendered = field.render(details);
            if (rendered != null) {
                values.add(new FieldChange(field.key, null, rendered));
            }
        }
        return values;
    }

    private static String render(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? null : items.stream().map(CaseField::render).collect(Collectors.joining(", "));
        }
        if (value instanceof Coded coded) {
            return coded.code();
        }
        return value.toString();
    }
}
