package org.trustcase.app.ui.deadlines;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.PagedRows;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.caseclocks.DeadlineBoard;
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
    private final PagedRows<DeadlineEntry> paged;
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");

    public DeadlinesViewModel(OpenDeadlines deadlines, DeadlineBoard board, TaskExecutor tasks, Messages messages) {
        this.board = Objects.requireNonNull(board, "board");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.paged = new PagedRows<>(tasks, PAGE);
        deadlines.readingsProperty().addListener((observable, before, after) -> reload());
        showWaiting.addListener((observable, before, after) -> reload());
    }

    public BooleanProperty showWaitingProperty() {
        return showWaiting;
    }

    /** The listed clocks read so far, in the order shown. */
    public ObservableList<DeadlineEntry> entries() {
        return paged.rows();
    }

    /** "4 clocks running · 1 overdue". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Reads the first page again, then the counts. */
    public void reload() {
        boolean waiting = showWaiting.get();
        paged.reload((offset, limit) -> entries(board.page(waiting, offset, limit)), this::count);
    }

    /** Counts the running and overdue clocks, unless a newer reading was asked for meanwhile. */
    private void count(long generation) {
        tasks.create(() -> paged.isLatest(generation) ? board.counts() : null)
                .onSuccess(counts -> {
                    if (counts != null && paged.isLatest(generation)) {
                        count.set(messages.format("deadlines.screen.count", counts.running() - counts.overdue(),
                                counts.overdue()));
                    }
                })
                .start();
    }

    /** Reads the next page when the user nears the end of what is shown (and there is more). */
    public void readMore() {
        paged.readMore();
    }

    private static List<DeadlineEntry> entries(List<DeadlineRow> rows) {
        return rows.stream()
                .map(row -> new DeadlineEntry(row.listing().reference(), row.listing().title(), row.clock()))
                .toList();
    }

}
