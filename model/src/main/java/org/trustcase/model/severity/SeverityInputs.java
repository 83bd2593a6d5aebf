package org.trustcase.model.severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.severity.CircumstanceTable.Dimension;

/**
 * Everything the ENISA method takes, kept with every assessment so its score can be re-derived and
 * compared. CB levels are the numeric values of {@link CircumstanceTable}.
 */
public record SeverityInputs(
        DataType dataType,
        List<DpcAdjustment> adjustments,
        IdentificationEase ease,
        BigDecimal confidentiality,
        BigDecimal integrity,
        BigDecimal availability,
        boolean malicious) {

    public SeverityInputs {
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(ease, "ease");
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
        confidentiality = confidentiality == null ? BigDecimal.ZERO : confidentiality;
        integrity = integrity == null ? BigDecimal.ZERO : integrity;
        availability = availability == null ? BigDecimal.ZERO : availability;
    }

    public BigDecimal level(Dimension dimension) {
        return switch (dimension) {
            case CONFIDENTIALITY -> confidentiality;
            case INTEGRITY -> integrity;
            case AVAILABILITY -> availability;
        };
    }

    /** Checks every input against the method and the table; every problem names its input. */
    public void requireValid(CircumstanceTable table) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < adjustments.size(); i++) {
            try {
                adjustments.get(i).requireValid("dpcAdjustments[" + i + "]");
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        for (Dimension dimension : Dimension.values()) {
            try {
                table.level(dimension, level(dimension), "cb" + capitalised(dimension.code()));
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String capitalised(String code) {
        return Character.toUpperCase(code.charAt(0)) + code.substring(1);
    }
}
