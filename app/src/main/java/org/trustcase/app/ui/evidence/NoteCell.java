package org.trustcase.app.ui.evidence;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.evidence.Annotation;

/**
 * A note in the Evidence tab's list: its item (when the whole case's notes are listed), the privilege marker, the
 * text, author and time, where it is, its tags; History for an edited note, Edit for one's own.
 */
final class NoteCell extends ListCell<Annotation> {
    private final Messages messages;
    private final TimeText time;
    private final AnchorText anchors;
    private final BooleanSupplier wholeCase;
    private final LongFunction<String> itemName;
    private final Predicate<Annotation> editable;
    private final Consumer<Annotation> edit;
    private final Consumer<Annotation> history;

    NoteCell(Messages messages, TimeText time, AnchorText anchors, BooleanSupplier wholeCase,
            LongFunction<String> itemName, Predicate<Annotation> editable, Consumer<Annotation> edit,
            Consumer<Annotation> history) {
        this.messages = messages;
        this.time = time;
        this.anchors = anchors;
        this.wholeCase = wholeCase;
        this.itemName = itemName;
        this.editable = editable;
        this.edit = edit;
        this.history = history;
    }

    @Override
    protected void updateItem(Annotation note, boolean empty) {
        super.updateItem(note, empty);
        if (empty || note == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        Label text = new Label(note.text());
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("note-text");
        Label meta = new Label(note.author() + " · " + time.display(note.at()) + " · " + anchors.text(note.anchor())
                + (note.tags().isEmpty() ? "" : " · #" + String.join(" #", note.tags())));
        meta.setWrapText(true);
        meta.setMinHeight(Region.USE_PREF_SIZE);
        meta.getStyleClass().addAll("text-muted", "text-small");
        VBox box = new VBox(2);
        if (wholeCase.getAsBoolean()) {
            Label item = new Label(itemName.apply(note.itemId()));
            item.getStyleClass().addAll("text-small", "note-item");
            box.getChildren().add(item);
        }
        if (note.privileged()) {
            Label privileged = new Label(messages.get("evidence.note.privileged-marker"));
            privileged.getStyleClass().add("privileged");
            box.getChildren().add(privileged);
        }
        box.getChildren().addAll(text, meta);
        HBox actions = new HBox(4);
        if (note.edited()) {
            actions.getChildren().add(button("evidence.note.history", "evidence-note-history-" + note.id(),
                    () -> history.accept(note)));
        }
        if (editable.test(note)) {
            actions.getChildren().add(button("evidence.note.edit", "evidence-note-edit-" + note.id(),
                    () -> edit.accept(note)));
        }
        if (!actions.getChildren().isEmpty()) {
            box.getChildren().add(actions);
        }
        // a cell as wide as the list (not as its text), so that the note wraps
        setPrefWidth(0);
        setText(null);
        setGraphic(box);
    }

    private Button button(String textKey, String id, Runnable action) {
        Button button = new Button(messages.get(textKey));
        button.getStyleClass().addAll("flat", "small");
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}
