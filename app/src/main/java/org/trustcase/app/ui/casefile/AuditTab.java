package org.trustcase.app.ui.casefile;

import javafx.scene.Node;
import org.trustcase.app.ui.support.Views;

/** The case's Audit tab: its audit events, newest first (shares the case view's view model). */
public final class AuditTab extends ViewCaseTab {
    public static final String TAB_ID = "case-tab-audit";

    public AuditTab(Views views) {
        super(TAB_ID, "case.tab.audit", 800, views);
    }

    @Override
    public Node content(CaseTabContext openCase) {
        return views.load(AuditTabController.class, openCase.viewModel()).root();
    }
}
