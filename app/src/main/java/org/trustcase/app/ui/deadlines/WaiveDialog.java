package org.trustcase.app.ui.deadlines;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.deadlines.DeadlineClock;

/** Asks for the legal ground on which no notification is required; confirm stays disabled until one is typed. */
final class WaiveDialog {
    private WaiveDialog() {
    }

    static Optional<String> ask(Window owner, DeadlineClock clock, Messages messages) {
        String rule = clock.rule().id();
        Dialog<String> dialog = new Dialog<>();
        ButtonType confirm = DialogForm.prepare(dialog, owner, messages.format("deadlines.dialog.waive.title", rule),
                messages.format("deadlines.dialog.waive.header", rule), messages.get("deadlines.dialog.waive.confirm"));
        TextArea ground = new TextArea();
        ground.setId("deadline-waive-ground");
        ground.setWrapText(true);
        ground.setPrefRowCount(4);
        ground.setPromptText(messages.get("deadlines.dialog.waive.ground.prompt"));
        dialog.getDialogPane().setContent(DialogForm.content(
                DialogForm.caption(messages.get("deadlines.dialog.waive.ground")), ground));
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(Bindings.createBooleanBinding(
                () -> ground.getText().isBlank(), ground.textProperty()));
        dialog.setResultConverter(button -> button == confirm ? ground.getText().strip() : null);
        DialogForm.focusLater(ground);
        return dialog.showAndWait();
    }
}
