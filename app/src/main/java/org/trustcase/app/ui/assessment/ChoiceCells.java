package org.trustcase.app.ui.assessment;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** Shows the values of a choice box in words, in its list and in the box itself. */
final class ChoiceCells {
    private ChoiceCells() {
    }

    static <T> void show(ComboBox<T> box, Function<T, String> text) {
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? box.getPromptText() : text.apply(item));
            }
        });
    }
}
