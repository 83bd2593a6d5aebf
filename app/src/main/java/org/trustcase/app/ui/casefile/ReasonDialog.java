package org.trustcase.app.ui.casefile;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.theme.ThemeSettings;

/** Asks why a case is moved, for the moves that need a reason. Confirm stays disabled until one is typed. */
final class ReasonDialog {
    private ReasonDialog() {
    }

    static Optional<String> ask(Window owner, WorkflowAction action, Messages messages) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(action.label());
        dialog.setHeaderText(action.reasonPrompt());
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType confirmType = new ButtonType(action.label(), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(confirmType, ButtonType.CANCEL);

        TextArea reason = new TextArea();
        reason.setId("transition-reason");
        reason.setWrapText(true);
        reason.setPrefRowCount(4);
        reason.setPrefColumnCount(40);
        reason.setPromptText(messages.get("workflow.reason.prompt"));
        Label hint = new Label(messages.get("workflow.reason.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox content = new VBox(8, reason, hint);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(ThemeSettings.stylesheet());

        Node confirm = dialog.getDialogPane().lookupButton(confirmType);
        confirm.setId("transition-confirm");
        confirm.disableProperty().bind(Bindings.createBooleanBinding(() -> reason.getText().isBlank(),
                reason.textProperty()));
        dialog.setResultConverter(button -> button == confirmType ? reason.getText().strip() : null);
        Platform.runLater(reason::requestFocus);
        return dialog.showAndWait();
    }
}
