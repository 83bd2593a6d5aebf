package org.trustcase.app.ui.deadlines;

import java.util.Objects;
import javafx.scene.Node;
import org.trustcase.app.ui.casefile.CaseTab;
import org.trustcase.app.ui.casefile.CaseTabContext;
import org.trustcase.app.ui.support.Views;

/**
 * The case's Deadlines tab. The clocks are read when the tab is first shown and again whenever the case view reads a
 * changed case; a change made in the tab makes the case view read the case again.
 */
public final class CaseDeadlinesTab implements CaseTab {
    /** The stable id of the case's Deadlines tab, to open a case on it. */
    public static final String TAB_ID = "case-tab-deadlines";

    private final Views views;

    public CaseDeadlinesTab(Views views) {
        this.views = Objects.requireNonNull(views, "views");
    }

    @Override
    public String id() {
        return TAB_ID;
    }

    @Override
    public String titleKey() {
        return "case.tab.deadlines";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Node content(CaseTabContext openCase) {
        return views.load(CaseDeadlinesController.class, openCase).root();
    }
}
