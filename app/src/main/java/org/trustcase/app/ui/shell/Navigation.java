package org.trustcase.app.ui.shell;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.trustcase.model.cases.CaseReference;

/**
 * Which page the main window shows. Screens ask it to go elsewhere; the window follows it. A page with unsaved work
 * guards leaving it: every way of going elsewhere (the navigation, the breadcrumb, a search, an alert's link, closing
 * the window) asks the user first.
 */
public final class Navigation {
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(this, "page", Section.DASHBOARD);
    private LeaveGuard guard;

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public Page page() {
        return page.get();
    }

    /** Shows {@code target}; when the page shown holds unsaved work, only once the user saved or discarded it. */
    public void show(Page target) {
        Objects.requireNonNull(target, "target");
        if (target.equals(page.get())) {
            return;
        }
        leave(() -> {
            guard = null;
            page.set(target);
        });
    }

    /**
     * Runs {@code leave} at once when the page shown holds no unsaved work, else once the user saved or discarded
     * it (closing the window).
     */
    public void leave(Runnable leave) {
        LeaveGuard current = guard;
        if (current != null && current.hasUnsavedWork()) {
            current.confirmLeave(leave);
        } else {
            leave.run();
        }
    }

    /** Guards leaving the page shown now; another page clears it. */
    public void guardLeaving(LeaveGuard leaveGuard) {
        guard = Objects.requireNonNull(leaveGuard, "leaveGuard");
    }

    public void openCase(CaseReference reference) {
        show(new OpenCase(reference));
    }

    /** Opens a case on one of its tabs, by the tab's stable id ({@code case-tab-deadlines}). */
    public void openCase(CaseReference reference, String tabId) {
        show(new OpenCase(reference, tabId));
    }
}
