package org.trustcase.app.ui.casefile;

import java.util.List;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.workflow.TransitionKind;
import org.trustcase.model.workflow.TransitionOption;

/** Turns the model's transition options into workflow buttons. */
public final class WorkflowActions {
    private WorkflowActions() {
    }

    public static List<WorkflowAction> of(List<TransitionOption> options, Messages messages) {
        return options.stream().map(option -> of(option, messages)).toList();
    }

    public static WorkflowAction of(TransitionOption option, Messages messages) {
        var transition = option.transition();
        String targetCode = transition.to().code();
        String targetLabel = messages.label(transition.to());
        String label = switch (transition.kind()) {
            case ADVANCE -> messages.format("workflow.advance", targetLabel);
            case CLOSE -> messages.get("workflow.close");
            case DISMISS -> messages.get("workflow.dismiss");
            case REOPEN -> messages.format("workflow.reopen", targetLabel);
            case BACK -> messages.format("workflow.back", targetLabel);
        };
        String icon = switch (transition.kind()) {
            case ADVANCE -> "mdi2a-arrow-right";
            case CLOSE -> "mdi2c-check-circle-outline";
            case DISMISS -> "mdi2c-cancel";
            case REOPEN -> "mdi2b-backup-restore";
            case BACK -> "mdi2a-arrow-left";
        };
        String prompt = option.requiresReason() ? reasonPrompt(transition.kind(), messages) : null;
        List<String> blockers = option.blockers().stream().map(refusal -> messages.render(refusal.problem())).toList();
        return new WorkflowAction(transition.to(), transition.kind(), "move-" + targetCode, label, icon, blockers,
                prompt);
    }

    private static String reasonPrompt(TransitionKind kind, Messages messages) {
        return switch (kind) {
            case DISMISS -> messages.get("workflow.reason.dismiss");
            case REOPEN -> messages.get("workflow.reason.reopen");
            case BACK -> messages.get("workflow.reason.back");
            default -> messages.get("workflow.reason.other");
        };
    }
}
