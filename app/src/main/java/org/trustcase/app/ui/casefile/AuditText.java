package org.trustcase.app.ui.casefile;

import org.trustcase.model.assessment.Art34Exception;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityBand;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.audit.AuditAction;
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
public final class AuditText {
    private static final java.util.Set<String> INSTANTS = java.util.Set.of(CaseField.OCCURRED_FROM.key(),
            CaseField.OCCURRED_TO.key(), CaseField.DETECTED_AT.key(), CaseField.AWARE_AT.key(),
            CaseField.CONTAINED_AT.key());

    private static final java.util.regex.Pattern PARTY_ROLE = java.util.regex.Pattern.compile("(^|, )([a-z][a-z0-9-]*): ");
    private static final java.util.regex.Pattern ISO_INSTANT =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z");

    private final Messages messages;
    private final TimeText time;
    /** The label of one stored code, by the field whose values are codes. */
    private final Map<String, Function<String, String>> codeLabels;

    public AuditText(Messages messages, TimeText time) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.time = Objects.requireNonNull(time, "time");
        this.codeLabels = Map.ofEntries(
                Map.entry(CaseField.CHANNEL.key(), code -> label(ReportChannel.class, code)),
                Map.entry(CaseField.CAUSE.key(), code -> label(BreachCause.class, code)),
                Map.entry(CaseField.BREACH_TYPES.key(), code -> label(BreachType.class, code)),
                Map.entry(CaseField.DATA_CATEGORIES.key(), code -> label(DataCategory.class, code)),
                Map.entry(CaseField.SUBJECT_CATEGORIES.key(), code -> label(SubjectCategory.class, code)),
                Map.entry("dataType", code -> label(DataType.class, code)),
                Map.entry("band", code -> label(SeverityBand.class, code)),
                Map.entry("ease", this::ease),
                Map.entry("malicious", this::yesNo),
                Map.entry("notifyAuthority", this::yesNo),
                Map.entry("notifySubjects", this::yesNo),
                Map.entry("exception", code -> label(Art34Exception.class, code)),
                Map.entry("role", code -> label(org.trustcase.model.common.Role.class, code)),
                Map.entry("flags", code -> messages.has("flag." + code) ? messages.get("flag." + code) : code));
    }

    /** A change of the event {@code action}: the values a case was opened with read as values, not as changes. */
    public String change(AuditAction action, FieldChange change) {
        if (action == AuditAction.CASE_CREATED && (change.before() == null || change.before().isEmpty())) {
            return messages.format("audit.change.initial", fieldLabel(change.field()),
                    value(change.field(), change.after()));
        }
        return change(change);
    }

    public String change(FieldChange change) {
        return messages.format("audit.change", fieldLabel(change.field()),
                value(change.field(), change.before()), value(change.field(), change.after()));
    }

    /** A case field by its label, an assessment's item or a decision's answer by theirs; a rule id as it is. */
    private String fieldLabel(String field) {
        if (messages.has("field." + field)) {
            return messages.get("field." + field);
        }
        if (messages.has("assessment.item." + field)) {
            return messages.get("assessment.item." + field);
        }
        return messages.has("audit.field." + field) ? messages.get("audit.field." + field) : field;
    }

    private String yesNo(String stored) {
        return switch (stored) {
            case "true", "yes" -> messages.get("fact.yes");
            case "false", "no" -> messages.get("fact.no");
            default -> stored;
        };
    }

    private String ease(String stored) {
        try {
            return messages.label(IdentificationEase.ofValue(stored, "ease"));
        } catch (RuntimeException unknown) {
            return stored;
        }
    }

    private String value(String field, String stored) {
        if (stored == null) {
            return messages.get("audit.none");
        }
        if (field.equals(CaseField.PARTIES.key())) {
            // "postal-operator: Poczta Polska, processor: Mailer Ltd": each role by its label
            return PARTY_ROLE.matcher(stored).replaceAll(match -> java.util.regex.Matcher.quoteReplacement(
                    match.group(1) + label(org.trustcase.model.cases.PartyRole.class, match.group(2)) + ": "));
        }
        if (field.equals("status")) {
            return CaseStatus.find(stored).map(messages::label).orElse(stored);
        }
        if (field.equals("credential") && stored.length() > 19) {
            // "sha256:" and the first 12 hex digits say which hash it is; the whole is in the export
            return stored.substring(0, 19) + "\u2026";
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
        return instantsIn(stored);
    }

    /** A value the model composed with instants in it ("met 2026-04-01T08:00:00Z") says them in the user's zone. */
    private String instantsIn(String stored) {
        return ISO_INSTANT.matcher(stored).replaceAll(match -> {
            try {
                return java.util.regex.Matcher.quoteReplacement(time.display(Instant.parse(match.group())));
            } catch (DateTimeParseException e) {
                return java.util.regex.Matcher.quoteReplacement(match.group());
            }
        });
    }

    private <E extends Enum<E> & Coded> String label(Class<E> type, String code) {
        return Coded.find(type, code).map(messages::label).orElse(code);
    }
}
