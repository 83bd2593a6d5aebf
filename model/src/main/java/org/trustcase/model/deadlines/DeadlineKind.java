package org.trustcase.model.deadlines;

import org.trustcase.model.common.Coded;

/**
 * Whether a deadline is set by law, or is a default target for a regime that only says "without
 * undue delay" or "as soon as possible" (the DPO may choose another target; it is never shown as a legal deadline).
 */
public enum DeadlineKind implements Coded {
    LEGAL,
    TARGET;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
