package org.trustcase.app.ui.deadlines;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.caseclocks.DeadlineBoard;
import org.trustcase.model.caseclocks.DeadlineCounts;
import org.trustcase.model.caseclocks.DeadlineRow;

/**
 * The deadlines screen: the running clocks of every open case (with the waiting ones on request), overdue on
 * top, then the soonest due, read a page at a time as the user scrolls; and how many run and are overdue.
 * Read again at each reading of {@link OpenDeadlines}; a request made while a reading runs is served by one
 * more reading after it.
 */
public final class DeadlinesViewModel {
    /** Clocks read per query. */
    public static final int PAGE = 200;

    private final DeadlineBoard board;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final BooleanProperty showWaiting = new SimpleBooleanProperty(this, "showWaiting", false);
    private final ObservableList<DeadlineEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<DeadlineEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private long generation;
    private boolean reading;
    private boolean again;
    private boolean readingMore;
    private long size;

    public DeadlinesViewModel(OpenDeadlines deadlines, DeadlineBoard board, TaskExecutor tasks, Messages messages) {
        this.board = Objects.requireNonNull(board, "board");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
        deadlines.readingsProperty().addListener((observable, before, after) -> reload());
        showWaiting.addListener((observable, before, after) -> reload());
    }

    public BooleanProperty showWaitingProperty() {
        return showWaiting;
    }

    /** The listed clocks read so far, in the order shown. */
    public ObservableList<DeadlineEntry> entries() {
        return entriesView;
    }

    /** "4 clocks running · 1 overdue". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Reads the first page again. */
    public void reload() {
        if (reading) {
            again = true;
            return;
        }
        reading = true;
        long mine = ++generation;
        boolean waiting = showWaiting.get();
        tasks.create(() -> new Result(board.page(waiting, 0, PAGE), board.counts()))
                .onSuccess(result -> {
                    if (mine == generation && !again) {
                        entries.setAll(entries(result.rows()));
                        DeadlineCounts counts = result.counts();
                        size = counts.running() + (waiting ? counts.waiting() : 0);
                        count.set(messages.format("deadlines.screen.count", counts.running() - counts.overdue(),
                                counts.overdue()));
                    }
                })
                .andFinally(() -> {
                    reading = false;
                    if (again) {
                        again = false;
                        reload();
                    }
                })
                .start();
    }

    /** Reads the next page when the user nears the end of what is shown (and there is more). */
    public void readMore() {
        if (reading || readingMore || entries.size() >= size) {
            return;
        }
        readingMore = true;
        long mine = generation;
        boolean waiting = showWaiting.get();
        int offset = entries.size();
        tasks.create(() -> board.page(waiting, offset, PAGE))
                .onSuccess(more -> {
                    if (mine == generation && entries.size() == offset) {
                        entries.addAll(entries(more));
                    }
                })
                .andFinally(() -> readingMore = false)
                .start();
    }

    private static List<DeadlineEntry> entries(List<DeadlineRow> rows) {
        return rows.stream()
                .map(row -> new DeadlineEntry(row.listing().reference(), row.listing().title(), row.clock()))
                .toList();
    }

    private record Result(List<DeadlineRow> rows, DeadlineCounts counts) {
    }
}
