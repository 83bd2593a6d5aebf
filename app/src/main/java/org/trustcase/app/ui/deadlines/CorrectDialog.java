package org.trustcase.app.ui.deadlines;

import java.time.Instant;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.caseclocks.ClockOutcome;
import org.trustcase.model.deadlines.DeadlineClock;

/**
 * Corrects a clock's wrong outcome: met at another time (with the reason for a delay when late), waived on a ground,
 * or withdrawn (the clock runs again). The reason for the correction is required; the earlier outcome is kept.
 */
final class CorrectDialog {
    record Answer(ClockOutcome.Kind kind, Instant at, String reason, String correctionReason) {
    }

    private CorrectDialog() {
    }

    static Optional<Answer> ask(Window owner, DeadlineClock clock, Instant now, TimeText time, Messages messages) {
        String rule = clock.rule().id();
        Dialog<Answer> dialog = new Dialog<>();
        ButtonType confirm = DialogForm.prepare(dialog, owner, messages.format("deadlines.dialog.correct.title", rule),
                messages.format("deadlines.dialog.correct.header", rule),
                messages.get("deadlines.dialog.correct.confirm"));

        ToggleGroup kinds = new ToggleGroup();
        RadioButton met = choice("deadline-correct-met", messages.get("deadlines.dialog.correct.met"), kinds,
                ClockOutcome.Kind.MET);
        RadioButton waived = choice("deadline-correct-waived", messages.get("deadlines.dialog.correct.waived"), kinds,
                ClockOutcome.Kind.WAIVED);
        RadioButton withdrawn = choice("deadline-correct-withdrawn", messages.get("deadlines.dialog.correct.withdrawn"),
                kinds, ClockOutcome.Kind.WITHDRAWN);
        kinds.selectToggle(clock.met() != null ? met : waived);
        ObjectBinding<ClockOutcome.Kind> kind = Bindings.createObjectBinding(
                () -> kinds.getSelectedToggle() == null ? null : (ClockOutcome.Kind) kinds.getSelectedToggle().getUserData(),
                kinds.selectedToggleProperty());

        DialogForm.InstantInput input = DialogForm.InstantInput.of("deadline-correct-at",
                clock.met() != null ? clock.met().at() : now, now, time, messages);
        TextField at = input.field();
        Label atProblem = input.problem();
        ObjectBinding<TypedInstant> typed = input.typed();
        BooleanBinding late = Bindings.createBooleanBinding(() -> kind.get() == ClockOutcome.Kind.MET
                && clock.dueAt() != null && typed.get().valid() && typed.get().instant().isAfter(clock.dueAt()),
                kind, typed);
        TextArea reason = new TextArea();
        reason.setId("deadline-correct-outcome-reason");
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        Label reasonCaption = DialogForm.caption("");
        reasonCaption.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                kind.get() == ClockOutcome.Kind.WAIVED ? "deadlines.dialog.waive.ground"
                        : "deadlines.dialog.meet.reason"), kind));
        VBox metBox = new VBox(6, DialogForm.caption(messages.get("deadlines.dialog.meet.at")), at,
                DialogForm.hint(messages.format("deadlines.dialog.meet.at.hint", time.zoneLabel(), TimeText.INPUT_PATTERN)),
                atProblem);
        metBox.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        metBox.managedProperty().bind(kind.isEqualTo(ClockOutcome.Kind.MET));
        metBox.visibleProperty().bind(metBox.managedProperty());
        BooleanBinding needsReason = late.or(kind.isEqualTo(ClockOutcome.Kind.WAIVED));
        VBox reasonBox = new VBox(6, reasonCaption, reason);
        reasonBox.managedProperty().bind(needsReason);
        reasonBox.visibleProperty().bind(needsReason);

        TextArea why = new TextArea();
        why.setId("deadline-correct-reason");
        why.setWrapText(true);
        why.setPrefRowCount(3);
        why.setPromptText(messages.get("deadlines.dialog.correct.why.prompt"));

        dialog.getDialogPane().setContent(DialogForm.content(met, waived, withdrawn, metBox, reasonBox,
                DialogForm.caption(messages.get("deadlines.dialog.correct.why")), why,
                DialogForm.hint(messages.get("deadlines.dialog.correct.kept"))));
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(Bindings.createBooleanBinding(
                () -> kind.get() == null || why.getText().isBlank()
                        || kind.get() == ClockOutcome.Kind.MET && !typed.get().valid()
                        || needsReason.get() && reason.getText().isBlank(),
                kind, typed, why.textProperty(), needsReason, reason.textProperty()));
        dialog.setResultConverter(button -> button != confirm ? null : new Answer(kind.get(),
                kind.get() == ClockOutcome.Kind.MET ? typed.get().instant() : null,
                needsReason.get() ? reason.getText().strip() : null, why.getText().strip()));
        DialogForm.focusLater(why);
        return dialog.showAndWait();
    }

    private static RadioButton choice(String id, String text, ToggleGroup group, ClockOutcome.Kind kind) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        button.setUserData(kind);
        button.setWrapText(true);
        return button;
    }
}
