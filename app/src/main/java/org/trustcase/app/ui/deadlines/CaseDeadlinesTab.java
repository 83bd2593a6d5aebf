package org.trustcase.app.ui.deadlines;

import javafx.scene.Node;
import org.trustcase.app.ui.casefile.ViewCaseTab;
import org.trustcase.app.ui.casefile.CaseTabContext;
import org.trustcase.app.ui.support.Views;

/**
 * The case's Deadlines tab. The clocks are read when the tab is first shown and again whenever the case view reads a
 * changed case; a change made in the tab makes the case view read the case again.
 */
public final class CaseDeadlinesTab extends ViewCaseTab {
    /** The stable id of the case's Deadlines tab, to open a case on it. */
    public static final String TAB_ID = "case-tab-deadlines";

    public CaseDeadlinesTab(Views views) {
        super(TAB_ID, "case.tab.deadlines", 300, views);
    }

    @Override
    public Node content(CaseTabContext openCase) {
        return views.load(CaseDeadlinesController.class, openCase).root();
    }
}
