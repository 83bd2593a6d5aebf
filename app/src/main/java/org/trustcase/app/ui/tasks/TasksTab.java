package org.trustcase.app.ui.tasks;

import javafx.scene.Node;
import org.trustcase.app.ui.casefile.CaseTabContext;
import org.trustcase.app.ui.casefile.ViewCaseTab;
import org.trustcase.app.ui.support.Views;

/** The case's Tasks tab: the investigation's tasks, read each time the tab is shown. */
public final class TasksTab extends ViewCaseTab {
    /** The stable id of the case's Tasks tab, to open a case on it. */
    public static final String TAB_ID = "case-tab-tasks";

    public TasksTab(Views views) {
        super(TAB_ID, "case.tab.tasks", 250, views);
    }

    @Override
    public Node content(CaseTabContext openCase) {
        return views.load(TasksController.class, openCase).root();
    }
}
