package org.trustcase.app.ui.timeline;

import javafx.scene.Node;
import org.trustcase.app.ui.casefile.CaseTabContext;
import org.trustcase.app.ui.casefile.ViewCaseTab;
import org.trustcase.app.ui.support.Views;

/** The case's Timeline tab: its facts, past events, notes and what was done, read each time the tab is shown. */
public final class TimelineTab extends ViewCaseTab {
    /** The stable id of the case's Timeline tab, to open a case on it. */
    public static final String TAB_ID = "case-tab-timeline";

    public TimelineTab(Views views) {
        super(TAB_ID, "case.tab.timeline", 260, views);
    }

    @Override
    public Node content(CaseTabContext openCase) {
        return views.load(TimelineController.class, openCase).root();
    }
}
