package org.trustcase.app.ui.evidence;

import javafx.scene.Node;
import org.trustcase.app.ui.casefile.CaseTabContext;
import org.trustcase.app.ui.casefile.ViewCaseTab;
import org.trustcase.app.ui.support.Views;

/** The case's Evidence tab: its items are read when the tab is first shown. */
public final class EvidenceTab extends ViewCaseTab {
    /** The stable id of the case's Evidence tab, to open a case on it. */
    public static final String TAB_ID = "case-tab-evidence";

    public EvidenceTab(Views views) {
        super(TAB_ID, "case.tab.evidence", 400, views);
    }

    @Override
    public Node content(CaseTabContext openCase) {
        return views.load(EvidenceController.class, openCase).root();
    }
}
