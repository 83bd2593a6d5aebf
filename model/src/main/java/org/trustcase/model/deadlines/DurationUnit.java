package org.trustcase.model.deadlines;

import org.trustcase.model.common.Coded;

/** How a time limit is counted; the exact semantics are in {@link DueDateCalculator} and {@code docs/deadline-rules.md}. */
public enum DurationUnit implements Coded {
    /** Elapsed hours from the trigger instant; a DST change does not move the due instant. */
    HOURS,
    /** 23:59:59 local time, in the rule's zone, of the Nth day after the trigger's local date. */
    CALENDAR_DAYS,
    /** Like calendar days, counting only days that are neither Saturday, Sunday nor a public holiday. */
    BUSINESS_DAYS,
    /** 23:59:59 local time of the same day-of-month M months later, clamped to the end of a shorter month. */
    MONTHS;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
