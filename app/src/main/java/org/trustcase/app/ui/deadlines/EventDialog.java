package org.trustcase.app.ui.deadlines;

import java.time.Instant;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.deadlines.DeadlineEvent;

/** Asks when a dated event happened, prefilled with the recorded time (or now); never a time in the future. */
final class EventDialog {
    private EventDialog() {
    }

    static Optional<Instant> ask(Window owner, DeadlineEvent event, Instant recorded, Instant now, TimeText time,
            Messages messages) {
        Dialog<Instant> dialog = new Dialog<>();
        ButtonType confirm = DialogForm.prepare(dialog, owner,
                messages.format("deadlines.dialog.event.title", messages.label(event)),
                messages.get("deadlines.dialog.event.header"), messages.get("deadlines.dialog.event.confirm"));
        DialogForm.InstantInput input = DialogForm.InstantInput.of("deadline-event-input",
                recorded != null ? recorded : now, now, time, messages);
        TextField at = input.field();
        Label problem = input.problem();
        ObjectBinding<TypedInstant> typed = input.typed();
        dialog.getDialogPane().setContent(DialogForm.content(
                DialogForm.caption(messages.get("deadlines.dialog.event.at")), at,
                DialogForm.hint(messages.format("deadlines.dialog.event.hint", time.zoneLabel(),
                        TimeText.INPUT_PATTERN)),
                problem));
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(Bindings.createBooleanBinding(
                () -> !typed.get().valid(), typed));
        dialog.setResultConverter(button -> button == confirm ? typed.get().instant() : null);
        DialogForm.focusLater(at);
        return dialog.showAndWait();
    }
}
