package org.trustcase.app.ui.shell;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.trustcase.model.cases.CaseReference;

/** Which page the main window shows. Screens ask it to go elsewhere; the window follows it. */
public final class Navigation {
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(this, "page", Section.DASHBOARD);

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public Page page() {
        return page.get();
    }

    public void show(Page target) {
        page.set(Objects.requireNonNull(target, "target"));
    }

    public void openCase(CaseReference reference) {
        show(new OpenCase(reference));
    }

    /** Opens a case on one of its tabs, by the tab's stable id ({@code case-tab-deadlines}). */
    public void openCase(CaseReference reference, String tabId) {
        show(new OpenCase(reference, tabId));
    }
}
