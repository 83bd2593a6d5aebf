package org.trustcase.app.ui.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.RecordPreview;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.deadlines.DeadlineClock;

/**
 * Asks when a clock's notification or report was made (prefilled with now). A time after the due time also asks
 * for the reason for the delay; confirm stays disabled until the time is valid and, when late, a reason is typed.
 */
final class MeetDialog {
    record Answer(Instant at, String delayReason) {
    }

    private MeetDialog() {
    }

    static Optional<Answer> ask(Window owner, DeadlineClock clock, Instant now, String actor, TimeText time,
            Messages messages) {
        String rule = clock.rule().id();
        Dialog<Answer> dialog = new Dialog<>();
        ButtonType confirm = DialogForm.prepare(dialog, owner, messages.format("deadlines.dialog.meet.title", rule),
                messages.format("deadlines.dialog.meet.header", rule,
                        new DueText(time.zone(), messages).both(clock)),
                messages.get("deadlines.dialog.meet.confirm"));

        DialogForm.InstantInput input = DialogForm.InstantInput.of("deadline-met-at", now, now, time, messages);
        TextField at = input.field();
        Label atProblem = input.problem();
        ObjectBinding<TypedInstant> typed = input.typed();

        BooleanBinding late = Bindings.createBooleanBinding(
                () -> typed.get().valid() && typed.get().instant().isAfter(clock.dueAt()), typed);
        Label lateText = new Label();
        lateText.getStyleClass().add("late-warning");
        lateText.setWrapText(true);
        lateText.textProperty().bind(Bindings.createStringBinding(() -> !late.get() ? ""
                : messages.format("deadlines.dialog.meet.late", new Countdown(messages).span(
                        Duration.between(clock.dueAt(), typed.get().instant()).getSeconds())), late));
        TextArea reason = new TextArea();
        reason.setId("deadline-delay-reason");
        reason.setWrapText(true);
        reason.setPrefRowCount(4);
        reason.setPromptText(messages.get("deadlines.dialog.meet.reason.prompt"));
        VBox lateBox = new VBox(6, lateText, DialogForm.caption(messages.get(
                "GDPR".equals(clock.rule().regime()) ? "deadlines.dialog.meet.reason.gdpr"
                        : "deadlines.dialog.meet.reason")), reason);
        lateBox.managedProperty().bind(late);
        lateBox.visibleProperty().bind(late);
        lateBox.setPadding(new Insets(8, 0, 0, 0));

        Countdown spans = new Countdown(messages);
        VBox preview = RecordPreview.of(messages, List.of(
                new RecordPreview.Line("record-clock", messages.get("record.preview.clock"), new ReadOnlyStringWrapper(
                        messages.format("deadlines.dialog.meet.clock", rule, messages.label(ClockState.of(clock, now))))),
                new RecordPreview.Line("record-made-at", messages.get("record.preview.madeAt"),
                        Bindings.createStringBinding(() -> typed.get().valid() ? time.display(typed.get().instant())
                                : messages.get("deadlines.dialog.meet.invalid"), typed)),
                new RecordPreview.Line("record-timeliness", messages.get("record.preview.timeliness"),
                        Bindings.createStringBinding(() -> !typed.get().valid() ? ""
                                : late.get() ? messages.format("deadlines.dialog.meet.lateBy", spans.span(
                                        Duration.between(clock.dueAt(), typed.get().instant()).getSeconds()))
                                : messages.format("deadlines.dialog.meet.onTime", spans.span(
                                        Duration.between(typed.get().instant(), clock.dueAt()).getSeconds())),
                                typed, late)),
                new RecordPreview.Line("record-by", messages.get("record.preview.by"),
                        new ReadOnlyStringWrapper(actor))));
        VBox.setMargin(preview, new Insets(10, 0, 0, 0));

        dialog.getDialogPane().setContent(DialogForm.content(
                DialogForm.caption(messages.get("deadlines.dialog.meet.at")), at,
                DialogForm.hint(messages.format("deadlines.dialog.meet.at.hint", time.zoneLabel(),
                        TimeText.INPUT_PATTERN)),
                atProblem, lateBox, preview));
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(Bindings.createBooleanBinding(
                () -> !typed.get().valid() || late.get() && reason.getText().isBlank(),
                typed, late, reason.textProperty()));
        dialog.setResultConverter(button -> button != confirm ? null
                : new Answer(typed.get().instant(), late.get() ? reason.getText().strip() : null));
        DialogForm.focusLater(at);
        return dialog.showAndWait();
    }
}
