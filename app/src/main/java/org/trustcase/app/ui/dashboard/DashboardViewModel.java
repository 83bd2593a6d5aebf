package org.trustcase.app.ui.dashboard;

import java.time.ZoneId;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.trustcase.app.AppContext;
import org.trustcase.app.ui.support.Tasks;

/** The dashboard: its figures, read again each time it is shown. */
public final class DashboardViewModel {
    private final AppContext context;
    private final Tasks tasks;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<DashboardFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");

    public DashboardViewModel(AppContext context, Tasks tasks, ZoneId zone) {
        this.context = Objects.requireNonNull(context, "context");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** {@code null} until first read. */
    public ReadOnlyObjectProperty<DashboardFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public void refresh() {
        tasks.create(() -> DashboardFigures.of(context.cases().list(), context.audit().all(),
                        context.clock().instant(), zone))
                .onSuccess(figures::set)
                .start();
    }
}
