package org.trustcase.model.deadlines;

import org.trustcase.model.common.Coded;

/** The state of one deadline clock of a case at a given instant. */
public enum ClockStatus implements Coded {
    /** The trigger event has not been recorded yet. */
    WAITING,
    /** Triggered, due in the future (or exactly now), not yet met. */
    RUNNING,
    /** Met: the notification or report was made (possibly late, then with a reason for the delay). */
    MET,
    /** Past its due instant and not met. */
    OVERDUE,
    /** The rule's jurisdiction matches but its conditions do not (the clock says why). */
    NOT_APPLICABLE,
    /** Triggered, but the DPO recorded that no notification is required, with its legal ground. */
    WAIVED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
