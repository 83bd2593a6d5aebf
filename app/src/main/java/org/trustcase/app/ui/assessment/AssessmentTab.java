package org.trustcase.app.ui.assessment;

import javafx.scene.Node;
import org.trustcase.app.ui.casefile.ViewCaseTab;
import org.trustcase.app.ui.casefile.CaseTabContext;
import org.trustcase.app.ui.support.Views;

/** The case's Assessment tab: calculator, suggestion, decision and versions. */
public final class AssessmentTab extends ViewCaseTab {
    public static final String TAB_ID = "case-tab-assessment";

    public AssessmentTab(Views views) {
        super(TAB_ID, "case.tab.assessment", 200, views);
    }

    @Override
    public Node content(CaseTabContext openCase) {
        AssessedCase assessed = new AssessedCase(openCase.reference(), openCase.breachCase(), openCase::caseChanged);
        return views.load(AssessmentTabController.class, assessed).root();
    }
}
