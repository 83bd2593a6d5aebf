package org.trustcase.model.workflow;

import org.trustcase.model.cases.BreachCase;

/** A case, the transition asked for and the reason given with it (may be {@code null}). */
public record TransitionRequest(BreachCase breachCase, Transition transition, String reason) {
    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
