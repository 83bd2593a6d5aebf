package org.trustcase.app.ui.casefile;

import javafx.scene.Node;
import org.trustcase.app.ui.support.Views;

/** The case's Overview tab: the facts of the case in a form (shares the case view's view model). */
public final class OverviewTab extends ViewCaseTab {
    public static final String TAB_ID = "case-tab-overview";

    public OverviewTab(Views views) {
        super(TAB_ID, "case.tab.overview", 100, views);
    }

    @Override
    public Node content(CaseTabContext openCase) {
        return views.load(OverviewController.class, openCase.viewModel()).root();
    }
}
