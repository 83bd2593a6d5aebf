package org.trustcase.app.ui.timeline;

import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.timeline.TimelineEntry;
import org.trustcase.model.timeline.TimelineKind;

/**
 * A line of the timeline: when it happened and its kind on the left; what happened (a note in full, with its light
 * formatting) and who recorded it, and when when that was later, below.
 */
final class TimelineCell extends ListCell<TimelineEntry> {
    private final Messages messages;
    private final TimeText time;
    private final Function<TimelineEntry, String> summaries;
    private final Predicate<TimelineEntry> replaced;
    private final Function<TimelineEntry, java.util.List<String>> referred;

    TimelineCell(Messages messages, TimeText time, Function<TimelineEntry, String> summaries,
            Predicate<TimelineEntry> replaced, Function<TimelineEntry, java.util.List<String>> referred) {
        this.referred = referred;
        this.messages = messages;
        this.time = time;
        this.summaries = summaries;
        this.replaced = replaced;
        getStyleClass().add("timeline-cell");
    }

    @Override
    protected void updateItem(TimelineEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(null);
        if (empty || entry == null) {
            setGraphic(null);
            return;
        }
        Label when = new Label(time.display(entry.at()));
        when.getStyleClass().add("timeline-when");
        when.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label kind = new Label(messages.label(entry.kind()));
        kind.getStyleClass().addAll("timeline-kind", "timeline-kind-" + entry.kind().code());
        VBox left = new VBox(2, when, kind);
        left.setMinWidth(170);
        left.setPrefWidth(170);

        TextFlow what = new TextFlow();
        what.getStyleClass().add("timeline-what");
        String text = entry.kind() == TimelineKind.NOTE ? entry.value("text") : null;
        if (text != null) {
            for (LightFormatting.Run run : LightFormatting.runs(text)) {
                Text piece = new Text(run.text());
                piece.getStyleClass().add("text");
                if (run.bold()) {
                    piece.getStyleClass().add("text-bold");
                }
                if (run.italic()) {
                    piece.getStyleClass().add("text-italic");
                }
                what.getChildren().add(piece);
            }
        } else {
            Text summary = new Text(summaries.apply(entry));
            summary.getStyleClass().add("text");
            what.getChildren().add(summary);
        }
        what.prefWidthProperty().bind(widthProperty().subtract(210));
        Label meta = new Label(meta(entry));
        meta.getStyleClass().add("text-muted");
        VBox right = new VBox(2, what);
        java.util.List<String> items = referred.apply(entry);
        if (!items.isEmpty()) {
            Label refers = new Label(messages.format("casetimeline.note.refers", String.join(", ", items)));
            refers.getStyleClass().addAll("text-muted", "timeline-refers");
            refers.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdi2p-paperclip"));
            right.getChildren().add(refers);
        }
        right.getChildren().add(meta);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox line = new HBox(12, left, right);
        if (entry.recordedLater()) {
            line.getStyleClass().add("timeline-recorded-later");
        }
        setGraphic(line);
    }

    private String meta(TimelineEntry entry) {
        String recorded = time.display(entry.recordedAt());
        String meta;
        if (entry.actor() == null) {
            meta = entry.recordedLater() ? messages.format("casetimeline.recorded-later", recorded) : "";
        } else {
            meta = entry.recordedLater() ? messages.format("casetimeline.recorded-later-by", recorded, entry.actor())
                    : messages.format("casetimeline.by", entry.actor());
        }
        return replaced.test(entry) ? messages.format("casetimeline.replaced", meta) : meta;
    }
}
