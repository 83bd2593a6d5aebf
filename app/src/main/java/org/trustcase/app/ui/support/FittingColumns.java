package org.trustcase.app.ui.support;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * A table whose columns fit its width while their minimum widths do, and that scrolls sideways, every column at its
 * minimum width, when the window is too narrow for them all: no column is ever out of reach.
 *
 * <p>While they fit, one column, the one holding free text (a case's title), takes the width the others leave: the
 * others keep their preferred widths, those of their content, so that short values (a status, a due time, a name)
 * are never cut while the free text has room. When the width runs short, the free text gives way first, down to its
 * minimum; only then do the others shrink, all alike, towards theirs. A column the user resizes keeps the width the
 * user gave it.
 */
public final class FittingColumns {
    /** The table's borders and a vertical scroll bar take a little of its width. */
    private static final double CHROME = 24;

    private FittingColumns() {
    }

    /** Keeps {@code table}'s resize policy and widths in step with its width; {@code flexible} takes what is left. */
    public static <S> void install(TableView<S> table, TableColumn<S, ?> flexible) {
        Objects.requireNonNull(flexible, "flexible");
        Map<TableColumn<?, ?>, Double> preferred = new IdentityHashMap<>();
        Map<TableColumn<?, ?>, Double> chosen = new IdentityHashMap<>();
        Callback<TableView.ResizeFeatures, Boolean> fitting = features -> fit(features, flexible, chosen);
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

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static boolean fit(TableView.ResizeFeatures features, TableColumn<?, ?> flexible,
            Map<TableColumn<?, ?>, Double> chosen) {
        TableColumn<?, ?> dragged = features.getColumn();
        if (dragged != null && dragged != flexible && features.getDelta() != null) {
            chosen.put(dragged, Math.max(dragged.getMinWidth(), dragged.getWidth() + features.getDelta()));
        }
        List<TableColumn<?, ?>> columns = features.getTable().getVisibleLeafColumns();
        double available = features.getContentWidth();
        int flex = columns.indexOf(flexible);
        if (available <= 0 || columns.isEmpty()) {
            return false;
        }
        double[] min = new double[columns.size()];
        double[] pref = new double[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            TableColumn<?, ?> column = columns.get(i);
            min[i] = column.getMinWidth();
            pref[i] = Math.max(min[i], chosen.getOrDefault(column, column.getPrefWidth()));
        }
        double[] widths = share(available, min, pref, flex);
        for (int i = 0; i < columns.size(); i++) {
            features.setColumnWidth((TableColumn) columns.get(i), widths[i]);
        }
        return true;
    }

    /**
     * How {@code available} is shared: the others at their preferred widths and the flexible column ({@code flex},
     * or none when negative) the rest; short of that, the flexible column at its minimum and the others shrunk alike
     * from preferred towards minimum. Widths never go under their minimum (the caller scrolls then).
     */
    static double[] share(double available, double[] min, double[] pref, int flex) {
        double[] widths = new double[min.length];
        double othersPref = 0;
        double othersMin = 0;
        for (int i = 0; i < min.length; i++) {
            if (i != flex) {
                othersPref += pref[i];
                othersMin += min[i];
            }
        }
        double flexMin = flex < 0 ? 0 : min[flex];
        if (available - othersPref >= flexMin) {
            for (int i = 0; i < min.length; i++) {
                widths[i] = i == flex ? available - othersPref : pref[i];
            }
            if (flex < 0 && min.length > 0) {
                // no flexible column: the last one takes the rest
                widths[min.length - 1] += available - othersPref;
            }
            return widths;
        }
        double room = available - flexMin;
        double ratio = othersPref <= othersMin ? 0 : Math.max(0, Math.min(1, (room - othersMin) / (othersPref - othersMin)));
        for (int i = 0; i < min.length; i++) {
            widths[i] = i == flex ? flexMin : min[i] + ratio * (pref[i] - min[i]);
        }
        return widths;
    }
}
