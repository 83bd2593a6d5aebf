package org.trustcase.app.ui.dashboard;

import java.time.ZoneId;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.trustcase.model.caselist.CaseFigures;
import org.trustcase.model.caselist.CaseListService;
import org.trustcase.app.ui.support.TaskExecutor;

/** The dashboard: its figures, counted by the database, read again each time it is shown. */
public final class DashboardViewModel {
    private final CaseListService lists;
    private final TaskExecutor tasks;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<CaseFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");

    public DashboardViewModel(CaseListService lists, TaskExecutor tasks, ZoneId zone) {
        this.lists = Objects.requireNonNull(lists, "lists");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** {@code null} until first read. */
    public ReadOnlyObjectProperty<CaseFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public void refresh() {
        tasks.create(() -> lists.figures(zone))
                .onSuccess(figures::set)
                .start();
    }
}
