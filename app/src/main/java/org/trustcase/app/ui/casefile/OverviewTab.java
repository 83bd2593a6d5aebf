package org.trustcase.app.ui.casefile;

import java.util.Objects;
import javafx.scene.Node;
import org.trustcase.app.ui.support.Views;

/** The case's Overview tab: the facts of the case in a form (shares the case view's view model). */
public final class OverviewTab implements CaseTab {
    public static final String TAB_ID = "case-tab-overview";

    private final Views views;

    public OverviewTab(Views views) {
        this.views = Objects.requireNonNull(views, "views");
    }

    @Override
    public String id() {
        return TAB_ID;
    }

    @Override
    public String titleKey() {
        return "case.tab.overview";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Node content(CaseTabContext openCase) {
        return views.load(OverviewController.class, openCase.viewModel()).root();
    }
}
