package org.trustcase.app.ui.casefile;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.theme.ThemeSettings;

/** Asks what to do with a case's unsaved edits when the user leaves it: save them, discard them, or stay. */
final class LeaveDialog {
    enum Choice { SAVE, DISCARD, STAY }

    private LeaveDialog() {
    }

    static Choice ask(Window owner, String reference, Messages messages) {
        ButtonType save = new ButtonType(messages.get("leave.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("leave.discard"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(messages.get("leave.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("leave.text"), save, discard, stay);
        alert.setTitle(messages.get("leave.title"));
        alert.setHeaderText(messages.format("leave.header", reference));
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.getDialogPane().setId("leave-dialog");
        alert.getDialogPane().getStylesheets().add(ThemeSettings.stylesheet());
        alert.getDialogPane().lookupButton(save).setId("leave-save");
        alert.getDialogPane().lookupButton(discard).setId("leave-discard");
        alert.getDialogPane().lookupButton(stay).setId("leave-stay");
        // Enter saves: the safe choice that keeps the work
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(save)).setDefaultButton(true);
        ButtonType chosen = alert.showAndWait().orElse(stay);
        return chosen == save ? Choice.SAVE : chosen == discard ? Choice.DISCARD : Choice.STAY;
    }
}
