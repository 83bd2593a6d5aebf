package org.trustcase.app.ui.assessment;

import java.util.Objects;
import javafx.scene.Node;
import org.trustcase.app.ui.casefile.CaseTab;
import org.trustcase.app.ui.casefile.CaseTabContext;
import org.trustcase.app.ui.support.Views;

/** The case's Assessment tab: calculator, suggestion, decision and versions. */
public final class AssessmentTab implements CaseTab {
    public static final String TAB_ID = "case-tab-assessment";

    private final Views views;

    public AssessmentTab(Views views) {
        this.views = Objects.requireNonNull(views, "views");
    }

    @Override
    public String id() {
        return TAB_ID;
    }

    @Override
    public String titleKey() {
        return "case.tab.assessment";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Node content(CaseTabContext openCase) {
        AssessedCase assessed = new AssessedCase(openCase.reference(), openCase.breachCase(), openCase::caseChanged);
        return views.load(AssessmentTabController.class, assessed).root();
    }
}
