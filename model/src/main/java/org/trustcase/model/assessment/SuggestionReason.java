package org.trustcase.model.assessment;

import org.trustcase.model.common.MessageCode;
import org.trustcase.model.common.Problem;

/**
 * The steps of a suggestion's reasoning, one code each, and the coded words they nest (the outcome, who
 * is to be notified). The arguments are plain values: numbers as decimal strings, codes, nested codes.
 */
public enum SuggestionReason implements MessageCode {
    /** {@code {0}} the assessment version, {@code {1}} its score, {@code {2}} its band's code, {@code {3}} the outcome suggested. */
    BAND("reasoning.band"),
    /** Unintelligible data, confidentiality only: unlikely to result in a risk. */
    UNINTELLIGIBLE("reasoning.unintelligible"),
    /** Art. 9/10 data do not let a breach pass as no risk. */
    SPECIAL_CATEGORIES("reasoning.special-categories"),
    /** Children or vulnerable adults do not let a breach pass as no risk. */
    VULNERABLE_SUBJECTS("reasoning.vulnerable-subjects"),
    /** {@code {0}} the approximate number of data subjects. */
    SUBJECTS("reasoning.subjects"),
    /** The number of data subjects is not recorded. */
    SUBJECTS_UNKNOWN("reasoning.subjects-unknown"),
    /** Art. 34(3)(a) may apply. */
    EXCEPTION_UNINTELLIGIBLE("reasoning.exception.34-3-a"),
    /** Art. 34(3)(b) may apply. */
    EXCEPTION_HIGH_RISK_REMOVED("reasoning.exception.34-3-b"),
    /** Art. 34(3)(c) may apply. */
    EXCEPTION_DISPROPORTIONATE_EFFORT("reasoning.exception.34-3-c"),
    /** {@code {0}} the outcome, {@code {1}} who is to be notified. */
    CONCLUSION("reasoning.conclusion"),
    /** {@code {0}} the outcome, {@code {1}} who is to be notified, {@code {2}} the Art. 34(3) ground's code. */
    CONCLUSION_UNDER("reasoning.conclusion-under"),
    /** An outcome, nested in other reasons. */
    OUTCOME_NO_RISK("reasoning.outcome.no-risk"),
    OUTCOME_RISK("reasoning.outcome.risk"),
    OUTCOME_HIGH_RISK("reasoning.outcome.high-risk"),
    /** Who is to be notified, nested in the conclusion. */
    NOTIFY_NOBODY("reasoning.notify.nobody"),
    NOTIFY_AUTHORITY("reasoning.notify.authority"),
    NOTIFY_AUTHORITY_AND_SUBJECTS("reasoning.notify.authority-and-subjects");

    private final String code;

    SuggestionReason(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    static Problem outcome(RiskOutcome outcome) {
        return switch (outcome) {
            case NO_RISK -> OUTCOME_NO_RISK.with();
            case RISK -> OUTCOME_RISK.with();
            case HIGH_RISK -> OUTCOME_HIGH_RISK.with();
        };
    }

    static Problem exception(Art34Exception exception) {
        return switch (exception) {
            case UNINTELLIGIBLE -> EXCEPTION_UNINTELLIGIBLE.with();
            case HIGH_RISK_REMOVED -> EXCEPTION_HIGH_RISK_REMOVED.with();
            case DISPROPORTIONATE_EFFORT -> EXCEPTION_DISPROPORTIONATE_EFFORT.with();
        };
    }
}
