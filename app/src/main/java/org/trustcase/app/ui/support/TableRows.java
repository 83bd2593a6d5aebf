package org.trustcase.app.ui.support;

import java.util.function.Consumer;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/**
 * The rows of a table read a page at a time: the next page is asked for when a row near the end of what was read is
 * laid out, and a row opens on a double click of the primary button, or on Enter for the selected one.
 */
public final class TableRows {
    private TableRows() {
    }

    /**
     * @param readAhead how near the end a row may come before {@code readMore} is asked
     * @param open      what opening a row does, or null for a table whose rows do not open
     */
    public static <T> void paged(TableView<T> table, int readAhead, Runnable readMore, Consumer<T> open) {
        table.setRowFactory(view -> {
            TableRow<T> row = new TableRow<>() {
                @Override
                public void updateIndex(int index) {
                    super.updateIndex(index);
                    if (index >= 0 && index >= view.getItems().size() - readAhead) {
                        readMore.run();
                    }
                }
            };
            if (open != null) {
                row.setOnMouseClicked(event -> {
                    if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                        open.accept(row.getItem());
                    }
                });
            }
            return row;
        });
        if (open != null) {
            table.setOnKeyPressed(event -> {
                T selected = table.getSelectionModel().getSelectedItem();
                if (event.getCode() == KeyCode.ENTER && selected != null) {
                    event.consume();
                    open.accept(selected);
                }
            });
        }
    }
}
