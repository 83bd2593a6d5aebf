package org.trustcase.app.ui.support;

import javafx.beans.binding.Bindings;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/** A table cell whose text wraps to the column's width, so long values (changes, reasons) stay readable. */
public final class WrappingTextCell<S> extends TableCell<S, String> {
    private final Text text = new Text();

    public WrappingTextCell() {
        text.getStyleClass().add("text");
        text.wrappingWidthProperty().bind(Bindings.createDoubleBinding(
                () -> getTableColumn() == null ? 0 : Math.max(0, getTableColumn().getWidth() - 16),
                tableColumnProperty(), widthProperty()));
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null || item.isEmpty()) {
            setGraphic(null);
        } else {
            text.setText(item);
            setGraphic(text);
        }
    }
}
