package org.trustcase.app.ui.support;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * A table whose columns share out its width while they fit (wider columns for the more important content, as their
 * preferred widths say), and that scrolls sideways, every column at its minimum width, when the window is too narrow
 * for them all: no column is ever out of reach, and as many as can be are in view.
 */
public final class FittingColumns {
    /** The table's borders and a vertical scroll bar take a little of its width. */
    private static final double CHROME = 24;

    private FittingColumns() {
    }

    /** Keeps {@code table}'s resize policy and widths in step with its width. JavaFX thread. */
    public static void install(TableView<?> table) {
        Map<TableColumn<?, ?>, Double> preferred = new IdentityHashMap<>();
        Callback<TableView.ResizeFeatures, Boolean> fitting = TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS;
        Runnable choose = () -> {
            double needed = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
            boolean fits = table.getWidth() <= 0 || table.getWidth() - CHROME >= needed;
            if (fits && table.getColumnResizePolicy() != fitting) {
                preferred.forEach((column, width) -> column.setPrefWidth(width));
                preferred.clear();
                table.setColumnResizePolicy(fitting);
            } else if (!fits && table.getColumnResizePolicy() != TableView.UNCONSTRAINED_RESIZE_POLICY) {
                table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
                for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
                    preferred.put(column, column.getPrefWidth());
                    column.setPrefWidth(column.getMinWidth());
                }
            }
        };
        table.widthProperty().addListener((observable, before, after) -> choose.run());
        choose.run();
    }
}
