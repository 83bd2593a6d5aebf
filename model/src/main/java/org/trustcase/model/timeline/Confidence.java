package org.trustcase.model.timeline;

import org.trustcase.model.common.Coded;

/** How sure the investigation is that a past event happened as recorded. */
public enum Confidence implements Coded {
    /** Shown by evidence: a log line, a document, a statement the team has checked. */
    CONFIRMED,
    /** Likely, from what is known, but not yet shown. */
    PROBABLE,
    /** One explanation among others, to be checked. */
    POSSIBLE;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
