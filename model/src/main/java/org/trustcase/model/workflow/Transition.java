package org.trustcase.model.workflow;

import java.util.Objects;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.Problem;

/** A legal move between two statuses. */
public record Transition(CaseStatus from, CaseStatus to, TransitionKind kind) {
    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * How a refusal of this transition begins ("cannot close", "cannot reopen"...), as a code:
     * {@code transition.cannot-close}, {@code transition.cannot-advance.investigating}.
     */
    public Problem refusal() {
        return Problem.of(switch (kind) {
            case CLOSE -> "transition.cannot-close";
            case DISMISS -> "transition.cannot-dismiss";
            case REOPEN -> "transition.cannot-reopen";
            case BACK -> "transition.cannot-go-back";
            case ADVANCE -> "transition.cannot-advance." + to.code();
        });
    }
}
