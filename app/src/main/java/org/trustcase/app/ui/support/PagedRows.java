package org.trustcase.app.ui.support;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows of a list read from the database a page at a time: the first page when the query changes, the next
 * one when the user scrolls near the end. Queries asked for while one is read are gathered into one more
 * reading with the latest query, whose result alone is shown. Use on the JavaFX thread.
 */
public final class PagedRows<T> {
    /** Reads rows {@code offset}… of one query, in the background. */
    @FunctionalInterface
    public interface Pages<T> {
        List<T> read(long offset, int limit) throws Exception;
    }

    private final TaskExecutor tasks;
    private final int pageSize;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ObservableList<T> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final AtomicLong latest = new AtomicLong();
    private Pages<T> pages;
    private LongConsumer shown = generation -> { };
    private boolean reading;
    private boolean again;
    private boolean readingMore;
    private boolean exhausted;

    public PagedRows(TaskExecutor tasks, int pageSize) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.pageSize = pageSize;
    }

    /** The rows read so far, in the query's order. */
    public ObservableList<T> rows() {
        return rowsView;
    }

    /**
     * Reads the first page of {@code query}'s pages; once it is shown, {@code afterShown} gets the reading's
     * number (to check with {@link #isLatest} in work that follows, such as counting).
     */
    public void reload(Pages<T> query, LongConsumer afterShown) {
        pages = Objects.requireNonNull(query, "query");
        shown = Objects.requireNonNull(afterShown, "afterShown");
        if (reading) {
            again = true;
            return;
        }
        reading = true;
        long mine = latest.incrementAndGet();
        Pages<T> reading0 = pages;
        LongConsumer then = shown;
        tasks.create(() -> reading0.read(0, pageSize))
                .onSuccess(page -> {
                    if (mine == latest.get() && !again) {
                        rows.setAll(page);
                        exhausted = page.size() < pageSize;
                    }
                })
                .andFinally(() -> {
                    reading = false;
                    if (again) {
                        again = false;
                        reload(pages, shown);
                    } else {
                        then.accept(mine);
                    }
                })
                .start();
    }

    /** True while {@code generation} is the latest reading asked for; safe from any thread. */
    public boolean isLatest(long generation) {
        return generation == latest.get();
    }

    /** Reads the next page when there is more and nothing is being read. */
    public void readMore() {
        if (pages == null || reading || readingMore || exhausted) {
            return;
        }
        readingMore = true;
        long mine = latest.get();
        Pages<T> query = pages;
        int offset = rows.size();
        tasks.create(() -> query.read(offset, pageSize))
                .onSuccess(more -> {
                    if (mine == latest.get() && rows.size() == offset) {
                        rows.addAll(more);
                        exhausted = more.size() < pageSize;
                    }
                })
                .andFinally(() -> readingMore = false)
                .start();
    }
}
