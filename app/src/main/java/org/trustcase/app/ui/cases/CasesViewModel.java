package org.trustcase.app.ui.cases;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.PagedRows;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.caselist.CaseListService;
import org.trustcase.model.caselist.CaseQuery;
import org.trustcase.model.caselist.CaseRow;
import org.trustcase.model.caselist.CaseSort;

/**
 * The cases screen: the filter text and sort, the rows read so far (a page at a time, more as the user
 * scrolls), and how many cases the filter lets through of all. Every query runs in the background; while one
 * runs, further keystrokes are gathered into one more query with the latest text, whose result alone is shown.
 */
public final class CasesViewModel {
    /** Rows read per query. */
    public static final int PAGE = 200;

    private final CaseListService lists;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final PagedRows<CaseRow> paged;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(this, "sort", Sort.DEFAULT);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ObjectProperty<CaseListFocus> focus = new SimpleObjectProperty<>(this, "focus");
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(this, "statusFilter",
            StatusFilter.ALL);
    private final ReadOnlyStringWrapper exportNotice = new ReadOnlyStringWrapper(this, "exportNotice", "");
    private final java.time.Clock clock;

    /** @param clock the time a focus on due clocks is measured from */
    public CasesViewModel(CaseListService lists, TaskExecutor tasks, Messages messages, CaseList changes,
            java.time.Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lists = Objects.requireNonNull(lists, "lists");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.paged = new PagedRows<>(tasks, PAGE);
        query.addListener((observable, before, after) -> reload());
        sort.addListener((observable, before, after) -> reload());
        focus.addListener((observable, before, after) -> reload());
        statusFilter.addListener((observable, before, after) -> reload());
        changes.changesProperty().addListener((observable, before, after) -> reload());
    }

    public StringProperty queryProperty() {
        return query;
    }

    /**
     * The cases behind a dashboard figure the list is narrowed to (overdue, due soon, without a clock), or null for
     * every case; changing it reads the list again.
     */
    public ObjectProperty<CaseListFocus> focusProperty() {
        return focus;
    }

    /** Which statuses the list shows (every case at first); changing it reads the list again. */
    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    /** The order of the list; changing it reads the list again. */
    public ObjectProperty<Sort> sortProperty() {
        return sort;
    }

    /** The rows read so far, in the list's order. */
    public ObservableList<CaseRow> rows() {
        return paged.rows();
    }

    /** "12 of 40 cases". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The query the screen shows now. */
    public CaseQuery currentQuery() {
        Sort s = sort.get();
        CaseListFocus narrowed = focus.get();
        StatusFilter statuses = statusFilter.get() == null ? StatusFilter.ALL : statusFilter.get();
        return CaseQuery.ALL.withTerms(CaseFilter.terms(query.get(), messages::label)).sortedBy(s.by(), s.descending())
                .withStatuses(statuses.statuses())
                .withClocks(narrowed == null ? null : narrowed.filter(clock.instant()));
    }

    /**
     * Reads the first page again, with the current filter and sort, then counts the matches: the page is
     * shown as soon as it is read, the count follows (it may have to read every case for a short word).
     */
    public void reload() {
        CaseQuery q = currentQuery();
        paged.reload((offset, limit) -> lists.page(q, offset, limit), generation -> count(generation, q));
    }

    /** Counts the matches of the query shown, unless a newer one was asked for meanwhile. */
    private void count(long generation, CaseQuery q) {
        tasks.create(() -> paged.isLatest(generation) ? new long[] {lists.count(q), lists.count(CaseQuery.ALL)} : null)
                .onSuccess(counted -> {
                    if (counted != null && paged.isLatest(generation)) {
                        count.set(messages.format("cases.count", counted[0], counted[1]));
                    }
                })
                .start();
    }

    /**
     * Exports the cases the list shows now (its filter, focus and order) to {@code target} as CSV, on the long-job
     * lane; {@code exportNotice} then says how many were written, or why none were.
     */
    public void export(java.nio.file.Path target, CasesCsv csv) {
        CaseQuery q = currentQuery();
        exportNotice.set("");
        tasks.longJob(progress -> csv.write(q, target, progress))
                .onSuccess(written -> exportNotice.set(messages.format("cases.export.done", written, target)))
                .onError(RuntimeException.class, failed -> exportNotice.set(
                        messages.format("cases.export.failed", messages.describe(failed))))
                .start();
    }

    /** What the last export did; empty before one. */
    public ReadOnlyStringProperty exportNoticeProperty() {
        return exportNotice.getReadOnlyProperty();
    }

    /** Reads the next page when the user nears the end of what is shown (and there is more). */
    public void readMore() {
        paged.readMore();
    }

    /** A column and a direction. */
    public record Sort(CaseSort by, boolean descending) {
        public static final Sort DEFAULT = new Sort(CaseSort.REFERENCE, true);

        public Sort {
            Objects.requireNonNull(by, "by");
        }
    }
}
