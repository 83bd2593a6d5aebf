package org.trustcase.model.workflow;

import java.util.List;

/**
 * A legal next status for a case, as a screen offers it: whether it needs a reason, and what
 * blocks it now (empty when it can be taken).
 */
public record TransitionOption(Transition transition, boolean requiresReason, List<GuardRefusal> blockers) {
    public TransitionOption {
        blockers = List.copyOf(blockers);
    }

    public boolean isOpen() {
        return blockers.isEmpty();
    }
}
