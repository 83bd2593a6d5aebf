package org.trustcase.app.ui.casefile;

import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;

/**
 * What a case tab gets from the case view it is shown in: the case's reference, the case as the view last read it,
 * whether the tab is shown, and a way to have the case read again after the tab changed it (the header and the
 * workflow buttons depend on it).
 */
public final class CaseTabContext {
    private final CaseViewModel viewModel;
    private final ObservableBooleanValue selected;
    private final javafx.beans.property.StringProperty alert = new javafx.beans.property.SimpleStringProperty(this,
            "alert", "");

    CaseTabContext(CaseViewModel viewModel, ObservableBooleanValue selected) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.selected = Objects.requireNonNull(selected, "selected");
    }

    public CaseReference reference() {
        return viewModel.reference();
    }

    /** The case as last read; {@code null} until the first reading. Changes on the JavaFX thread. */
    public ObservableValue<BreachCase> breachCase() {
        return viewModel.breachCaseProperty();
    }

    /** True while the tab is the one shown. */
    public ObservableBooleanValue selectedProperty() {
        return selected;
    }

    /**
     * A warning the tab puts on its title, seen on the case whichever tab is shown (evidence that no longer matches
     * its hash); empty for none.
     */
    public javafx.beans.property.StringProperty alertProperty() {
        return alert;
    }

    /** Asks the case view to read the case again (after the tab changed it). */
    public void caseChanged() {
        viewModel.load();
    }

    /** The case view's own view model, for the tabs of the case view itself (Overview, Audit). */
    CaseViewModel viewModel() {
        return viewModel;
    }
}
