package org.trustcase.model.workflow;

import java.util.Objects;
import org.trustcase.model.common.Problem;

/**
 * Why a guard blocks a transition.
 *
 * @param code a stable identifier of the rule (for tests and for screens that point at the rule), e.g.
 *     {@code remedial-actions}
 * @param problem the refusal for the interfaces to render, e.g.
 *     {@code refused(transition.cannot-close, guard.remedial-actions)}: "cannot close: no remedial actions recorded"
 */
public record GuardRefusal(String code, Problem problem) {
    public GuardRefusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(problem, "problem");
    }

    /** The refusal of {@code transition} because of {@code why}. */
    public static GuardRefusal of(String code, Transition transition, Problem why) {
        return new GuardRefusal(code, Problem.of("refused", transition.refusal(), why));
    }
}
