package org.trustcase.app.ui.casefile;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.BreachCause;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseField;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.DataCategory;
import org.trustcase.model.cases.ReportChannel;
import org.trustcase.model.cases.SubjectCategory;
import org.trustcase.model.common.Coded;

/**
 * An audit change as the user reads it: "Aware at: — → 2026-02-14 12:00 CET". The trail stores
 * values as stable text (codes, ISO instants); here codes become labels and instants local times.
 * A value that is not understood is shown as stored.
 */
final class AuditText {
    private static final java.util.Set<String> INSTANTS = java.util.Set.of(CaseField.OCCURRED_FROM.key(),
            CaseField.OCCURRED_TO.key(), CaseField.DETECTED_AT.key(), CaseField.AWARE_AT.key(),
            CaseField.CONTAINED_AT.key());

    private final Messages messages;
    private final TimeText time;
    /** The label of one stored code, by the field whose values are codes. */
    private final Map<String, Function<String, String>> codeLabels;

    AuditText(Messages messages, TimeText time) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.time = Objects.requireNonNull(time, "time");
        this.codeLabels = Map.of(
                CaseField.CHANNEL.key(), code -> label(ReportChannel.class, code),
                CaseField.CAUSE.key(), code -> label(BreachCause.class, code),
                CaseField.BREACH_TYPES.key(), code -> label(BreachType.class, code),
                CaseField.DATA_CATEGORIES.key(), code -> label(DataCategory.class, code),
                CaseField.SUBJECT_CATEGORIES.key(), code -> label(SubjectCategory.class, code));
    }

    String change(FieldChange change) {
        return messages.format("audit.change", messages.fieldLabel(change.field()),
                value(change.field(), change.before()), value(change.field(), change.after()));
    }

    private String value(String field, String stored) {
        if (stored == null) {
            return messages.get("audit.none");
        }
        if (field.equals("status")) {
            return CaseStatus.find(stored).map(messages::label).orElse(stored);
        }
        if (INSTANTS.contains(field)) {
            try {
                return time.display(Instant.parse(stored));
            } catch (DateTimeParseException e) {
                return stored;
            }
        }
        Function<String, String> label = codeLabels.get(field);
        if (label != null) {
            return Arrays.stream(stored.split(",\\s*")).map(label).collect(Collectors.joining(", "));
        }
        return stored;
    }

    private <E extends Enum<E> & Coded> String label(Class<E> type, String code) {
        return Coded.find(type, code).map(messages::label).orElse(code);
    }
}
