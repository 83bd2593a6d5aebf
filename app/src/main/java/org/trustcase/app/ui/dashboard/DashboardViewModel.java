package org.trustcase.app.ui.dashboard;

import java.time.ZoneId;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.trustcase.model.caselist.CaseFigures;
import org.trustcase.model.caselist.CaseListService;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.reports.ReportService;

/** The dashboard: its figures, counted by the database, read again each time it is shown. */
public final class DashboardViewModel {
    private final CaseListService lists;
    private final TaskExecutor tasks;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<CaseFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ReportService reports;
    private final java.time.Clock clock;
    private final ReadOnlyObjectWrapper<ReportService.DashboardFigures> notifying =
            new ReadOnlyObjectWrapper<>(this, "notifying");

    /** The last month the chart shows: this one, as of the last reading. */
    private java.time.YearMonth lastMonth;

    /** How many months the chart of breaches shows, this one included. */
    static final int MONTHS = 12;

    public DashboardViewModel(CaseListService lists, ReportService reports, TaskExecutor tasks, ZoneId zone,
            java.time.Clock clock) {
        this.lists = Objects.requireNonNull(lists, "lists");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** {@code null} until first read. */
    public ReadOnlyObjectProperty<CaseFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** The year's notifications to the authority and the breaches by month; {@code null} until first read. */
    public ReadOnlyObjectProperty<ReportService.DashboardFigures> notifyingProperty() {
        return notifying.getReadOnlyProperty();
    }

    /** The last month of the chart, as of the last reading. */
    public java.time.YearMonth lastMonth() {
        return lastMonth;
    }

    public void refresh() {
        tasks.create(() -> lists.figures(zone))
                .onSuccess(figures::set)
                .start();
        java.time.LocalDate today = clock.instant().atZone(zone).toLocalDate();
        int year = today.getYear();
        lastMonth = java.time.YearMonth.from(today);
        tasks.create(() -> reports.dashboard(year, java.time.LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant(),
                java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant(),
                java.time.YearMonth.from(today), MONTHS)).onSuccess(notifying::set).start();
    }
}
