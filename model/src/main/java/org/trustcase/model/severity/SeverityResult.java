package org.trustcase.model.severity;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of the ENISA method with its intermediate values and an explanation in words, one
 * line per step.
 *
 * @param adjustedDpc the base score plus adjustments, before clamping to 1..4
 */
public record SeverityResult(
        BigDecimal baseDpc,
        BigDecimal adjustedDpc,
        BigDecimal dpc,
        BigDecimal ei,
        BigDecimal cb,
        BigDecimal score,
        SeverityBand band,
        List<String> explanation) {

    public SeverityResult {
        explanation = List.copyOf(explanation);
    }
}
