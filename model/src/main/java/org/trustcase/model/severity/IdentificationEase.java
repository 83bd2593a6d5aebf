package org.trustcase.model.severity;

import java.math.BigDecimal;
import org.trustcase.model.common.Coded;
import org.trustcase.model.common.ValidationException;

/** ENISA's ease of identification (EI): how easily the individuals can be identified from the breached data. */
public enum IdentificationEase implements Coded {
    /** Identification is extremely hard (e.g. only a very common first name). */
    NEGLIGIBLE("0.25"),
    /** Possible with extra effort or data (e.g. first name and city). */
    LIMITED("0.5"),
    /** Possible with little effort (e.g. full name in a small community). */
    SIGNIFICANT("0.75"),
    /** Directly identifying (e.g. full name with address, national ID number, photo). */
    MAXIMUM("1");

    private final BigDecimal value;

    IdentificationEase(String value) {
        this.value = new BigDecimal(value);
    }

    public BigDecimal value() {
        return value;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** From the numeric value ({@code 0.25}, {@code 0.5}, {@code 0.75}, {@code 1}). */
    public static IdentificationEase ofValue(String text, String field) {
        try {
            BigDecimal wanted = new BigDecimal(text.strip());
            for (IdentificationEase ease : values()) {
                if (ease.value.compareTo(wanted) == 0) {
                    return ease;
                }
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        throw new ValidationException(field, "severity.unknown-ease", String.valueOf(text));
    }
}
