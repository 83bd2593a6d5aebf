package org.trustcase.app.ui.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.RecordPreview;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.app.ui.theme.ThemeSettings;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.workflow.TransitionKind;

/**
 * Confirms a status move before it is made: what the audit trail will record (the status change, who, when), what
 * the move means for the case, and the reason. Moves that need a reason keep confirm disabled until one is typed;
 * the others take an optional note.
 */
final class MoveDialog {
    /** The user confirmed; {@code reason} is {@code null} when an optional note was left empty. */
    record Confirmed(String reason) {
    }

    private MoveDialog() {
    }

    static Optional<Confirmed> ask(Window owner, WorkflowAction action, BreachCase breachCase, String actor,
            Instant now, TimeText time, Messages messages) {
        Dialog<Confirmed> dialog = new Dialog<>();
        dialog.setTitle(action.label());
        dialog.setHeaderText(messages.format("workflow.confirm.header", breachCase.reference(),
                breachCase.details().title()));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType confirmType = new ButtonType(action.label(), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(confirmType, ButtonType.CANCEL);

        VBox preview = RecordPreview.of(messages, List.of(
                line("record-status", messages.get("record.preview.status"),
                        messages.format("workflow.confirm.status", messages.label(breachCase.status()),
                                messages.label(action.target()))),
                line("record-by", messages.get("record.preview.by"), actor),
                line("record-at", messages.get("record.preview.at"),
                        messages.format("workflow.confirm.at", time.display(now)))));
        Label consequence = new Label(messages.get("workflow.confirm.consequence." + consequenceKey(action.kind())));
        consequence.setId("transition-consequence");
        consequence.getStyleClass().add("text-muted");
        consequence.setWrapText(true);

        Label reasonCaption = new Label(action.requiresReason() ? action.reasonPrompt()
                : messages.get("workflow.note.caption"));
        reasonCaption.getStyleClass().add("form-field-caption");
        reasonCaption.setWrapText(true);
        TextArea reason = new TextArea();
        reason.setId("transition-reason");
        reason.setWrapText(true);
        reason.setPrefRowCount(action.requiresReason() ? 4 : 2);
        reason.setPrefColumnCount(40);
        reason.setPromptText(messages.get(action.requiresReason() ? "workflow.reason.prompt" : "workflow.note.prompt"));
        Label hint = new Label(messages.get("workflow.reason.hint"));
        hint.getStyleClass().add("form-field-hint");
        hint.setWrapText(true);

        VBox content = new VBox(10, preview, consequence, new VBox(4, reasonCaption, reason, hint));
        content.setPrefWidth(500);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(ThemeSettings.stylesheet());

        Node confirm = dialog.getDialogPane().lookupButton(confirmType);
        confirm.setId("transition-confirm");
        if (action.requiresReason()) {
            confirm.disableProperty().bind(Bindings.createBooleanBinding(() -> reason.getText().isBlank(),
                    reason.textProperty()));
        }
        dialog.setResultConverter(button -> button != confirmType ? null
                : new Confirmed(reason.getText().isBlank() ? null : reason.getText().strip()));
        // a step that needs a reason starts in its field; a plain move starts on confirm, so Enter moves
        Platform.runLater(action.requiresReason() ? reason::requestFocus : confirm::requestFocus);
        return dialog.showAndWait();
    }

    private static RecordPreview.Line line(String id, String label, String value) {
        return new RecordPreview.Line(id, label, new ReadOnlyStringWrapper(value));
    }

    private static String consequenceKey(TransitionKind kind) {
        return switch (kind) {
            case ADVANCE -> "advance";
            case CLOSE -> "close";
            case DISMISS -> "dismiss";
            case REOPEN -> "reopen";
            case BACK -> "back";
        };
    }
}
