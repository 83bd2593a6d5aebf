package org.trustcase.app.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.trustcase.model.common.Coded;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.severity.CircumstanceTable;
import org.trustcase.model.severity.CircumstanceTable.Dimension;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.DpcAdjustment;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityInputs;
import picocli.CommandLine.Option;

/** The ENISA inputs as options, shared by {@code severity} and {@code assess}; every bad value is named by its option. */
final class SeverityOptions {

    @Option(names = "--dpc-base", required = true, paramLabel = "simple|behavioural|financial|sensitive",
            description = "The data type, which gives the base DPC score (1 to 4).")
    String dpcBase;

    @Option(names = "--dpc-adjust", paramLabel = "DELTA:REASON",
            description = "Adjust the DPC, e.g. +1:one year of call history; repeat for several.")
    List<String> adjustments = new ArrayList<>();

    @Option(names = "--ei", required = true, paramLabel = "0.25|0.5|0.75|1", description = "Ease of identification.")
    String ease;

    @Option(names = "--cb-confidentiality", paramLabel = "0|0.25|0.5", defaultValue = "0",
            description = "Loss of confidentiality.")
    String confidentiality;

    @Option(names = "--cb-integrity", paramLabel = "0|0.25|0.5", defaultValue = "0", description = "Loss of integrity.")
    String integrity;

    @Option(names = "--cb-availability", paramLabel = "0|0.25|0.5", defaultValue = "0",
            description = "Loss of availability.")
    String availability;

    @Option(names = "--malicious", description = "The breach was caused with malicious intent (+0.5).")
    boolean malicious;

    /** The inputs, or every problem at once, each naming its option. */
    SeverityInputs toInputs(CircumstanceTable table) {
        List<FieldError> errors = new ArrayList<>();
        DataType type = collect(errors, () -> Coded.parse(DataType.class, dpcBase, "--dpc-base"));
        IdentificationEase ei = collect(errors, () -> IdentificationEase.ofValue(ease, "--ei"));
        List<DpcAdjustment> parsed = new ArrayList<>();
        for (String adjustment : adjustments) {
            DpcAdjustment a = collect(errors, () -> DpcAdjustment.parse(adjustment, "--dpc-adjust"));
            if (a != null) {
                parsed.add(a);
            }
        }
        BigDecimal c = collect(errors, () -> level(table, Dimension.CONFIDENTIALITY, confidentiality));
        BigDecimal i = collect(errors, () -> level(table, Dimension.INTEGRITY, integrity));
        BigDecimal a = collect(errors, () -> level(table, Dimension.AVAILABILITY, availability));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new SeverityInputs(type, parsed, ei, c, i, a, malicious);
    }

    private static BigDecimal level(CircumstanceTable table, Dimension dimension, String text) {
        String option = "--cb-" + dimension.code();
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(option, "validation.not-a-number", String.valueOf(text));
        }
        return table.level(dimension, value, option).value();
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T collect(List<FieldError> errors, Parse<T> parse) {
        try {
            return parse.get();
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}
