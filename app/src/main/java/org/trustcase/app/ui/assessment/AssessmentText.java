package org.trustcase.app.ui.assessment;

import java.math.BigDecimal;
import java.util.Objects;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.assessment.Art34Exception;
import org.trustcase.model.assessment.AssessmentComparison.Difference;
import org.trustcase.model.common.Coded;
import org.trustcase.model.severity.CircumstanceTable;
import org.trustcase.model.severity.CircumstanceTable.Dimension;
import org.trustcase.model.severity.CircumstanceTable.Level;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityBand;

/** The words of the Assessment tab: scores, levels with their meanings, choices and compared values. */
public final class AssessmentText {
    private final Messages messages;

    public AssessmentText(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public String number(BigDecimal value) {
        return messages.format("assessment.number", value);
    }

    public String signed(BigDecimal value) {
        return messages.format("assessment.signed", value);
    }

    /** "Financial — base score 3". */
    public String dataType(DataType type) {
        return messages.format("assessment.dataType.option", messages.label(type), type.baseScore());
    }

    /** What data of this type looks like, in words. */
    public String dataTypeExamples(DataType type) {
        return messages.get(Messages.labelKey(type) + ".examples");
    }

    /** "Maximum — 1". */
    public String ease(IdentificationEase ease) {
        return messages.format("assessment.ease.option", messages.label(ease), ease.value());
    }

    public String easeMeaning(IdentificationEase ease) {
        return messages.get(Messages.labelKey(ease) + ".meaning");
    }

    /** "0.25 — Data disclosed to a known number of known recipients". */
    public String level(Level level) {
        return messages.format("assessment.cb.option", level.value(), messages.render(level.meaning()));
    }

    public String band(SeverityBand band) {
        return messages.label(band);
    }

    public String bandMeaning(SeverityBand band) {
        return messages.get(Messages.labelKey(band) + ".meaning");
    }

    /** "authority yes, data subjects no (Art. 34(3)(a) …)". */
    public String choices(boolean authority, boolean subjects, Art34Exception exception) {
        String text = messages.format("assessment.choices", yesNo(authority), yesNo(subjects));
        return exception == null ? text : messages.format("assessment.choices.ground", text, messages.label(exception));
    }

    public String yesNo(boolean value) {
        return messages.get(value ? "assessment.yes" : "assessment.no");
    }

    /** The label of a compared item ({@code dataType}, {@code cb-integrity}, …). */
    public String item(String item) {
        String key = "assessment.item." + item;
        return messages.has(key) ? messages.get(key) : item;
    }

    /** A compared value in words: codes become labels, CB levels get their meaning. */
    public String value(Difference difference, String value, CircumstanceTable table) {
        if (value == null || value.isEmpty()) {
            return messages.get("assessment.item.none");
        }
        return switch (difference.item()) {
            case "dataType" -> dataType(byCode(DataType.class, value));
            case "ease" -> ease(IdentificationEase.ofValue(value, "ease"));
            case "band" -> band(byCode(SeverityBand.class, value));
            case "malicious" -> yesNo(Boolean.parseBoolean(value));
            case "cb-confidentiality" -> level(table.level(Dimension.CONFIDENTIALITY, new BigDecimal(value), "cb"));
            case "cb-integrity" -> level(table.level(Dimension.INTEGRITY, new BigDecimal(value), "cb"));
            case "cb-availability" -> level(table.level(Dimension.AVAILABILITY, new BigDecimal(value), "cb"));
            default -> value;
        };
    }

    private static <E extends Enum<E> & Coded> E byCode(Class<E> type, String code) {
        return Coded.parse(type, code, "value");
    }
}
