package org.trustcase.app.ui.casefile;

import java.util.Objects;
import javafx.scene.Node;
import org.trustcase.app.ui.support.Views;

/** The case's Audit tab: its audit events, newest first (shares the case view's view model). */
public final class AuditTab implements CaseTab {
    public static final String TAB_ID = "case-tab-audit";

    private final Views views;

    public AuditTab(Views views) {
        this.views = Objects.requireNonNull(views, "views");
    }

    @Override
    public String id() {
        return TAB_ID;
    }

    @Override
    public String titleKey() {
        return "case.tab.audit";
    }

    @Override
    public int order() {
        return 800;
    }

    @Override
    public Node content(CaseTabContext openCase) {
        return views.load(AuditTabController.class, openCase.viewModel()).root();
    }
}
