package org.trustcase.model.workflow;

import java.util.Optional;

/**
 * One rule that may block a transition. Each guard decides for itself which transitions it
 * concerns; adding a rule means writing one guard and adding it to the list the
 * {@link Workflow} is built with (see {@link Guards#standard()}).
 */
public interface TransitionGuard {

    /** A refusal when the rule blocks the request, empty when it allows it or does not concern it. */
    Optional<GuardRefusal> check(TransitionRequest request);

    /**
     * True for a guard that only checks the reason typed with the request. Such guards are left out
     * when a screen asks which transitions are open before the user has typed anything.
     */
    default boolean checksReasonOnly() {
        return false;
    }
}
