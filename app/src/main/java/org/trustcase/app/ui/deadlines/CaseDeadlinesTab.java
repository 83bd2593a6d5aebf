package org.trustcase.app.ui.deadlines;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Tab;
import org.trustcase.app.AppContext;
import org.trustcase.app.ui.shell.Navigation;
import org.trustcase.app.ui.shell.OpenCase;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.Tasks;
import org.trustcase.app.ui.support.Views;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;

/**
 * Puts the Deadlines view into a case's Deadlines tab. The clocks are read when the tab is first shown and again
 * whenever the case view reads a changed case; a change made in the tab makes the case view read the case again.
 */
public final class CaseDeadlinesTab {
    /** The stable id of the case's Deadlines tab, to open a case on it. */
    public static final String TAB_ID = "case-tab-deadlines";

    private CaseDeadlinesTab() {
    }

    /**
     * @param breachCase  the case as the case view last read it
     * @param caseChanged asks the case view to read the case again
     */
    public static void install(Tab tab, Views views, CaseReference reference,
            ObservableValue<BreachCase> breachCase, Runnable caseChanged) {
        CaseDeadlinesViewModel viewModel = new CaseDeadlinesViewModel(views.get(AppContext.class),
                views.get(Tasks.class), views.get(Messages.class), views.get(OpenDeadlines.class), reference,
                caseChanged);
        tab.setContent(views.load(CaseDeadlinesController.class, viewModel).root());
        breachCase.addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.caseRead(after);
            }
        });
        tab.selectedProperty().addListener((observable, was, selected) -> {
            if (selected) {
                viewModel.shown();
            }
        });
        if (tab.isSelected()) {
            viewModel.shown();
        }
        if (views.get(Navigation.class).page() instanceof OpenCase open && open.asksFor(TAB_ID)
                && tab.getTabPane() != null) {
            tab.getTabPane().getSelectionModel().select(tab);
        }
    }
}
