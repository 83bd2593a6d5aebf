package org.trustcase.model.severity;

import java.math.BigDecimal;
import java.util.List;
import org.trustcase.model.common.Problem;

/**
 * The outcome of the ENISA method with its intermediate values and an explanation, one coded line
 * per step ({@link ExplanationStep}); interfaces put the lines into words.
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
        List<Problem> explanation) {

    public SeverityResult {
        explanation = List.copyOf(explanation);
    }
}
