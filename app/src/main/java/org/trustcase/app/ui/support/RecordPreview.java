package org.trustcase.app.ui.support;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The part of a confirmation dialog that says what will be recorded in the case's audit trail before the user
 * confirms: a caption and labelled lines ("Status: Triage → Investigating", "By: …", "At: …"). A line's value may
 * follow what the user types in the dialog.
 */
public final class RecordPreview {
    /** One labelled line; {@code id} names the value's label for tests ({@code record-status}). */
    public record Line(String id, String label, ObservableValue<String> value) {
    }

    private RecordPreview() {
    }

    public static VBox of(Messages messages, List<Line> lines) {
        Label caption = new Label(messages.get("record.preview.caption"));
        caption.getStyleClass().add("form-field-caption");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(names, values);
        for (int row = 0; row < lines.size(); row++) {
            Line line = lines.get(row);
            Label name = new Label(line.label());
            name.getStyleClass().add("text-muted");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label();
            value.setId(line.id());
            value.setWrapText(true);
            value.setMinHeight(Region.USE_PREF_SIZE);
            value.textProperty().bind(line.value());
            grid.addRow(row, name, value);
        }
        VBox box = new VBox(6, caption, grid);
        box.getStyleClass().add("record-preview");
        return box;
    }
}
