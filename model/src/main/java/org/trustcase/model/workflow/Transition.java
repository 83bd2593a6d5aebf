package org.trustcase.model.workflow;

import java.util.Objects;
import org.trustcase.model.cases.CaseStatus;

/** A legal move between two statuses. */
public record Transition(CaseStatus from, CaseStatus to, TransitionKind kind) {
    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
    }

    /** How a refusal of this transition begins: "cannot close", "cannot reopen"... */
    public String refusalPrefix() {
        return switch (kind) {
            case CLOSE -> "cannot close";
            case DISMISS -> "cannot close as not a breach";
            case REOPEN -> "cannot reopen";
            case ADVANCE -> switch (to) {
                case INVESTIGATING -> "cannot start the investigation";
                default -> "cannot move to " + to.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            };
        };
    }
}
