package org.trustcase.model.assessment;

import org.trustcase.model.common.Coded;

/** The three outcomes of GDPR Art. 33/34 (EDPB Guidelines 9/2022). */
public enum RiskOutcome implements Coded {
    /** Unlikely to result in a risk: document the breach only (Art. 33(5)). */
    NO_RISK,
    /** A risk: notify the supervisory authority (Art. 33(1)). */
    RISK,
    /** A high risk: notify the authority and communicate to the data subjects (Art. 34(1)). */
    HIGH_RISK;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    RiskOutcome raised() {
        return this == NO_RISK ? RISK : HIGH_RISK;
    }
}
