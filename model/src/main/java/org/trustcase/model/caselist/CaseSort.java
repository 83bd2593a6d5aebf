package org.trustcase.model.caselist;

/** The orders a case list can be sorted in. */
public enum CaseSort {
    REFERENCE,
    TITLE,
    STATUS,
    /** The next deadline's due instant; cases with no running clock come last. */
    NEXT_DEADLINE,
    AWARE_AT,
    OWNER
}
