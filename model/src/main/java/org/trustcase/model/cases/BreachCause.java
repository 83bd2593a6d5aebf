package org.trustcase.model.cases;

import org.trustcase.model.common.Coded;

/** Origin of the breach, as authority forms ask it (internal or external, accidental or malicious). */
public enum BreachCause implements Coded {
    INTERNAL_ACCIDENTAL,
    INTERNAL_MALICIOUS,
    EXTERNAL_ACCIDENTAL,
    EXTERNAL_MALICIOUS,
    SYSTEM_FAILURE,
    UNKNOWN;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
