package org.trustcase.app.ui.casefile;

import java.util.List;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.workflow.TransitionKind;

/**
 * One workflow button as the case view shows it.
 *
 * @param id the button's stable id, {@code move-<target status>} ({@code move-not-a-breach})
 * @param blockers what blocks the move now, in plain words; empty when it can be taken
 * @param reasonPrompt the question asked for the reason, or {@code null} when no reason is asked
 */
public record WorkflowAction(
        CaseStatus target,
        TransitionKind kind,
        String id,
        String label,
        String iconLiteral,
        List<String> blockers,
        String reasonPrompt) {

    public WorkflowAction {
        blockers = List.copyOf(blockers);
    }

    public boolean enabled() {
        return blockers.isEmpty();
    }

    public boolean requiresReason() {
        return reasonPrompt != null;
    }

    /** The tooltip: what the move does, or why it cannot be done now. */
    public String tooltip() {
        return enabled() ? label : String.join("\n", blockers);
    }
}
