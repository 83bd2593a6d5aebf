package org.trustcase.model.timeline;

import org.trustcase.model.common.Coded;

/** What a line of a case's timeline is about, to filter the timeline by. */
public enum TimelineKind implements Coded {
    /** A dated fact of the breach: when it occurred, was detected, became known, was contained, was determined. */
    FACT,
    /** A past event learnt during the investigation, with its source and confidence. */
    PAST_EVENT,
    /** The case opened, edited, assigned. */
    CASE,
    /** A move in the workflow. */
    STATUS,
    ASSESSMENT,
    DECISION,
    /** A legal clock met, waived or corrected, or the case's regime flags changed. */
    DEADLINE,
    EVIDENCE,
    TASK,
    NOTE,
    /** A notification, the authority's draft, letters and the recipients' register. */
    NOTIFICATION;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
