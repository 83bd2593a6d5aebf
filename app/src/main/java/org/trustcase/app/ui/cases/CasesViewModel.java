package org.trustcase.app.ui.cases;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import org.trustcase.model.caselist.SavedView;
import org.trustcase.model.common.Coded;
import org.trustcase.model.search.SearchService;
import org.trustcase.model.severity.SeverityBand;

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
    private final ObjectProperty<SeverityBand> band = new SimpleObjectProperty<>(this, "band");
    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    private final StringProperty jurisdiction = new SimpleStringProperty(this, "jurisdiction", "");
    private final StringProperty mentions = new SimpleStringProperty(this, "mentions", "");
    private final java.time.Clock clock;
    /** While a saved view's filters are set one by one: the list is read once, at the end. */
    private boolean applying;

    /** @param clock the time a focus on due clocks is measured from */
    public CasesViewModel(CaseListService lists, TaskExecutor tasks, Messages messages, CaseList changes,
            java.time.Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lists = Objects.requireNonNull(lists, "lists");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.paged = new PagedRows<>(tasks, PAGE);
        for (javafx.beans.Observable filter : List.of(query, sort, focus, statusFilter, band, owner, jurisdiction,
                mentions)) {
            filter.addListener(observable -> {
                if (!applying) {
                    reload();
                }
            });
        }
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

    /** Only cases whose latest assessment has this band, or null: any. */
    public ObjectProperty<SeverityBand> bandProperty() {
        return band;
    }

    /** Only the cases of this owner (as written on the case), or blank: any. */
    public StringProperty ownerProperty() {
        return owner;
    }

    /** Only cases with this jurisdiction code ({@code PL}, {@code US-CA}), or blank: any. */
    public StringProperty jurisdictionProperty() {
        return jurisdiction;
    }

    /** Words every one of which the case's notes, tasks, annotations, past events or text hold, or blank. */
    public StringProperty mentionsProperty() {
        return mentions;
    }

    /** The filters as they are set, by the names a saved view keeps them under; those not set are left out. */
    public Map<String, String> filters() {
        Map<String, String> filters = new java.util.TreeMap<>();
        put(filters, "text", query.get());
        if (statusFilter.get() != null && statusFilter.get() != StatusFilter.ALL) {
            filters.put("statuses", statusFilter.get().code());
        }
        if (focus.get() == CaseListFocus.OVERDUE) {
            filters.put("overdue", "true");
        }
        if (band.get() != null) {
            filters.put("bands", band.get().code());
        }
        put(filters, "owner", owner.get());
        put(filters, "jurisdiction", jurisdiction.get());
        put(filters, "mentions", mentions.get());
        return filters;
    }

    private static void put(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value.strip());
        }
    }

    /** Sets every filter as the view keeps it (those it does not keep: cleared), then reads the list once. */
    public void apply(SavedView view) {
        Map<String, String> f = view.filters();
        applying = true;
        try {
            query.set(f.getOrDefault("text", ""));
            statusFilter.set(Coded.find(StatusFilter.class, f.getOrDefault("statuses", "")).orElse(StatusFilter.ALL));
            focus.set("true".equals(f.get("overdue")) ? CaseListFocus.OVERDUE : null);
            band.set(Coded.find(SeverityBand.class, f.getOrDefault("bands", "")).orElse(null));
            owner.set(f.getOrDefault("owner", ""));
            jurisdiction.set(f.getOrDefault("jurisdiction", ""));
            mentions.set(f.getOrDefault("mentions", ""));
        } finally {
            applying = false;
        }
        reload();
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
        String ownerName = owner.get() == null || owner.get().isBlank() ? null : owner.get().strip();
        String code = jurisdiction.get() == null || jurisdiction.get().isBlank() ? null
                : jurisdiction.get().strip().toUpperCase(java.util.Locale.ROOT);
        return CaseQuery.ALL.withTerms(CaseFilter.terms(query.get(), messages::label)).sortedBy(s.by(), s.descending())
                .withStatuses(statuses.statuses())
                .withClocks(narrowed == null ? null : narrowed.filter(clock.instant()))
                .withBands(band.get() == null ? Set.of() : Set.of(band.get())).withOwner(ownerName)
                .withJurisdiction(code).withMentions(SearchService.words(mentions.get()));
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
