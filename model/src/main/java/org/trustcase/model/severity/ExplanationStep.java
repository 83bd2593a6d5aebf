package org.trustcase.model.severity;

import org.trustcase.model.common.MessageCode;

/**
 * The kinds of line in the ENISA method's explanation, one code each. The arguments are plain values
 * (decimal strings, codes, the reason a person gave for an adjustment, the coded meaning of a level) in
 * the order given here, so that a stored explanation can be shown again in any language.
 */
public enum ExplanationStep implements MessageCode {
    /** {@code {0}} the data type's code, {@code {1}} its base score. */
    DATA_TYPE("severity.explanation.data-type"),
    /** {@code {0}} the signed delta ({@code +1}, {@code -0.5}), {@code {1}} the reason given for it. */
    ADJUSTMENT("severity.explanation.adjustment"),
    /** {@code {0}} the adjusted DPC, {@code {1}} the DPC it was clamped to. */
    CLAMPED("severity.explanation.clamped"),
    /** {@code {0}} the ease of identification's code, {@code {1}} its value. */
    EASE("severity.explanation.ease"),
    /** {@code {0}} the dimension's code, {@code {1}} the signed level, {@code {2}} the level's meaning. */
    LOSS("severity.explanation.loss"),
    /** {@code {0}} the signed value of malicious intent, {@code {1}} its meaning. */
    MALICIOUS("severity.explanation.malicious"),
    /** {@code {0}} DPC, {@code {1}} EI, {@code {2}} CB, {@code {3}} the score, {@code {4}} the band's code. */
    SCORE("severity.explanation.score");

    private final String code;

    ExplanationStep(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

}
