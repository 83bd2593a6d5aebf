package org.trustcase.app.ui.register;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.trustcase.app.documents.DocumentLanguage;
import org.trustcase.app.register.RegisterFile;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.TrustcaseException;
import org.trustcase.model.reports.RegisterFilter;
import org.trustcase.model.reports.RegisterRow;
import org.trustcase.model.severity.SeverityBand;
import org.trustcase.model.reports.ReportService;

/**
 * The breach register of a period (GDPR Art. 33(5)): the cases the organisation became aware of from one day to
 * another (this year by default), narrowed by status, severity, kind and the authority's notification, read a page at
 * a time, and the register as shown exported as CSV, XLSX or PDF.
 */
public final class RegisterViewModel {
    /** Rows read per page. */
    static final int PAGE = 200;

    private final ReportService reports;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ZoneId zone;
    private final Supplier<DocumentLanguage> language;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<CaseStatus> statuses = FXCollections.observableArrayList();
    private final ObservableList<SeverityBand> bands = FXCollections.observableArrayList();
    private final ObservableList<BreachType> types = FXCollections.observableArrayList();
    private final ObjectProperty<RegisterFilter.AuthorityNotice> authority = new SimpleObjectProperty<>(this,
            "authority", RegisterFilter.AuthorityNotice.ANY);
    private final ObservableList<RegisterRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(this, "more", false);
    private long nextAfterId;
    /** Whether changes are being made together: the register is read once, after the last of them. */
    private boolean batching;
    /** Counts the readings: a page of an earlier period arriving late is not shown. */
    private long generation;

    public RegisterViewModel(ReportService reports, TaskExecutor executor, Messages messages, ZoneId zone,
            Clock clock, Supplier<DocumentLanguage> language) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.language = Objects.requireNonNull(language, "language");
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        from.set(today.withDayOfYear(1));
        to.set(today);
        from.addListener((observable, before, after) -> load());
        to.addListener((observable, before, after) -> load());
        statuses.addListener((ListChangeListener<CaseStatus>) change -> load());
        bands.addListener((ListChangeListener<SeverityBand>) change -> load());
        types.addListener((ListChangeListener<BreachType>) change -> load());
        authority.addListener((observable, before, after) -> load());
    }

    /** The statuses kept (none chosen: every status). */
    public ObservableList<CaseStatus> statuses() {
        return statuses;
    }

    /** The severity bands kept (none chosen: every case, assessed or not). */
    public ObservableList<SeverityBand> bands() {
        return bands;
    }

    /** The kinds of breach kept (none chosen: every kind). */
    public ObservableList<BreachType> types() {
        return types;
    }

    public ObjectProperty<RegisterFilter.AuthorityNotice> authorityProperty() {
        return authority;
    }

    /** The filter as chosen. */
    RegisterFilter filter() {
        return new RegisterFilter(Set.copyOf(statuses), Set.copyOf(bands), Set.copyOf(types),
                authority.get() == null ? RegisterFilter.AuthorityNotice.ANY : authority.get());
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<RegisterRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Whether more cases of the period are to be read. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    private Instant start() {
        return from.get().atStartOfDay(zone).toInstant();
    }

    /** The period's end: the day after the last, at its start. */
    private Instant end() {
        return to.get().plusDays(1).atStartOfDay(zone).toInstant();
    }

    private boolean periodValid() {
        return from.get() != null && to.get() != null && !to.get().isBefore(from.get());
    }

    /** Sets both days of the period, then reads it once. */
    public void showPeriod(LocalDate first, LocalDate last) {
        changing(() -> {
            from.set(first);
            to.set(last);
        });
    }

    /**
     * Makes several changes of the period and filters (a dashboard figure's, or filters cleared), then reads the
     * register once: each change alone would read a half-set one.
     */
    public void changing(Runnable changes) {
        batching = true;
        try {
            changes.run();
        } finally {
            batching = false;
        }
        load();
    }

    /** Reads the period's first page again. */
    public void load() {
        if (batching) {
            return;
        }
        long reading = ++generation;
        rows.clear();
        more.set(false);
        if (!periodValid()) {
            count.set(messages.get("registerscreen.period-invalid"));
            return;
        }
        // a filter that keeps few cases reads many pages before the first row: say that it is reading
        count.set(messages.get("registerscreen.reading"));
        read(reading, 0);
    }

    /** Reads the next page of the period, if there is one. */
    public void readMore() {
        if (more.get()) {
            more.set(false);
            read(generation, nextAfterId);
        }
    }

    private void read(long reading, long afterId) {
        Instant start = start();
        Instant end = end();
        RegisterFilter filter = filter();
        executor.create(() -> reports.registerPage(start, end, filter, afterId, PAGE)).onSuccess(page -> {
            if (reading != generation) {
                return;
            }
            rows.addAll(page.rows());
            nextAfterId = page.nextAfterId();
            if (page.rows().isEmpty() && page.more()) {
                // a page of cases none of which is kept (by the filter, or a legal reviewer's own): read on, no row
                // asks for it
                read(reading, nextAfterId);
                return;
            }
            more.set(page.more());
            String key = filter.keepsAll() ? page.more() ? "registerscreen.count-more" : "registerscreen.count"
                    : page.more() ? "registerscreen.count-more-filtered" : "registerscreen.count-filtered";
            count.set(messages.format(key, rows.size()));
        }).onError(TrustcaseException.class, failure -> count.set(messages.describe(failure))).start();
    }

    /** The file name a register of the period is offered under. */
    public String fileName(RegisterFile.Format format) {
        if (!periodValid()) {
            return messages.format("registerscreen.file", "", "", format.name().toLowerCase(java.util.Locale.ROOT));
        }
        return messages.format("registerscreen.file", from.get().toString(), to.get().toString(),
                format.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the period is a period: both days chosen, the last not before the first. */
    public boolean periodChosen() {
        return periodValid();
    }

    /** Writes the period's register, as the filter keeps it, to {@code target}, in the background. */
    public void export(RegisterFile.Format format, Path target) {
        if (!periodValid()) {
            return;
        }
        Instant start = start();
        Instant end = end();
        RegisterFilter filter = filter();
        DocumentLanguage words = language.get();
        notice.set(messages.get("registerscreen.exporting"));
        executor.longJob(progress -> RegisterFile.write(reports, start, end, filter, format, target,
                words))
                .onSuccess(written -> notice.set(messages.format("registerscreen.exported", written, target)))
                .onError(RuntimeException.class, failure -> notice.set(messages.format("registerscreen.export-failed",
                        messages.describe(failure))))
                .onError(java.io.IOException.class, failure -> notice.set(messages.format(
                        "registerscreen.export-failed", String.valueOf(failure.getMessage()))))
                .start();
    }
}
