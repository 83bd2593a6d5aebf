package org.trustcase.model.severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.trustcase.model.common.Problem;
import org.trustcase.model.severity.CircumstanceTable.Dimension;
import org.trustcase.model.severity.CircumstanceTable.Level;

/**
 * The ENISA severity method, {@code SE = DPC × EI + CB}, as a pure function computed exactly in
 * decimals. DPC is the data type's base score plus the adjustments, clamped to 1..4.
 */
public final class SeverityMethod {
    private static final BigDecimal MIN_DPC = BigDecimal.ONE;
    private static final BigDecimal MAX_DPC = BigDecimal.valueOf(4);

    private final CircumstanceTable table;

    public SeverityMethod(CircumstanceTable table) {
        this.table = table;
    }

    public static SeverityMethod standard() {
        return new SeverityMethod(CircumstanceTable.standard());
    }

    public CircumstanceTable table() {
        return table;
    }

    public SeverityResult score(SeverityInputs in) {
        in.requireValid(table);
        List<Problem> explanation = new ArrayList<>();

        BigDecimal base = in.dataType().baseScore();
        explanation.add(ExplanationStep.DATA_TYPE.with(in.dataType().code(), plain(base)));
        BigDecimal adjusted = base;
        for (DpcAdjustment adjustment : in.adjustments()) {
            adjusted = adjusted.add(adjustment.delta());
            explanation.add(ExplanationStep.ADJUSTMENT.with(signed(adjustment.delta()), adjustment.reason()));
        }
        BigDecimal dpc = adjusted.max(MIN_DPC).min(MAX_DPC);
        if (dpc.compareTo(adjusted) != 0) {
            explanation.add(ExplanationStep.CLAMPED.with(plain(adjusted), plain(dpc)));
        }
        explanation.add(ExplanationStep.EASE.with(in.ease().code(), plain(in.ease().value())));

        BigDecimal cb = BigDecimal.ZERO;
        for (Dimension dimension : Dimension.values()) {
            Level level = table.level(dimension, in.level(dimension), dimension.code());
            cb = cb.add(level.value());
            if (level.value().signum() != 0) {
                explanation.add(ExplanationStep.LOSS.with(dimension.code(), signed(level.value()), level.meaning()));
            }
        }
        if (in.malicious()) {
            cb = cb.add(table.malicious().value());
            explanation.add(ExplanationStep.MALICIOUS.with(signed(table.malicious().value()), table.malicious().meaning()));
        }

        BigDecimal score = dpc.multiply(in.ease().value()).add(cb);
        SeverityBand band = SeverityBand.of(score);
        explanation.add(ExplanationStep.SCORE.with(plain(dpc), plain(in.ease().value()), plain(cb), plain(score),
                Problem.term("band", band.code())));
        return new SeverityResult(base, adjusted, dpc, in.ease().value(), cb, score, band, explanation);
    }

    /** {@code 2.5}, {@code 3}: no trailing zeros. */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** {@code +0.5}, {@code -1}: a delta with its sign. */
    public static String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + plain(value);
    }
}
