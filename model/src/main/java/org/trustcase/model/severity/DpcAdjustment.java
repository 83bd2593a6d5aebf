package org.trustcase.model.severity;

import java.math.BigDecimal;
import java.util.Objects;
import org.trustcase.model.common.ValidationException;

/**
 * A contextual adjustment of the DPC base score (volume of data, characteristics of the controller
 * or of the individuals, invalid or public data, nature of the data) with the reason for it.
 */
public record DpcAdjustment(BigDecimal delta, String reason) {
    private static final BigDecimal MAX = BigDecimal.valueOf(3);
    private static final BigDecimal STEP = new BigDecimal("0.25");

    public DpcAdjustment {
        Objects.requireNonNull(delta, "delta");
        reason = reason == null ? "" : reason.strip();
    }

    /** Checks the adjustment; {@code field} names it in messages (e.g. {@code --dpc-adjust[1]}). */
    public void requireValid(String field) {
        if (delta.signum() == 0 || delta.abs().compareTo(MAX) > 0 || delta.remainder(STEP).signum() != 0) {
            throw new ValidationException(field, "severity.delta-out-of-range", delta);
        }
        if (reason.isEmpty()) {
            throw new ValidationException(field, "severity.adjustment-reason-required");
        }
    }

    /** Parses {@code DELTA:REASON}, e.g. {@code +1:one year of call history}. */
    public static DpcAdjustment parse(String text, String field) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            throw new ValidationException(field, "severity.adjustment-format", String.valueOf(text));
        }
        BigDecimal delta;
        try {
            delta = new BigDecimal(text.substring(0, colon).strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "validation.not-a-number", text.substring(0, colon));
        }
        DpcAdjustment adjustment = new DpcAdjustment(delta, text.substring(colon + 1));
        adjustment.requireValid(field);
        return adjustment;
    }
}
