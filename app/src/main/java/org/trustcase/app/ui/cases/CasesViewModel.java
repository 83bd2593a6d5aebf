package org.trustcase.app.ui.cases;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.cases.BreachCase;

/** The cases screen: the filter text, the cases it lets through and how many of all they are. */
public final class CasesViewModel {
    private final CaseList caseList;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final FilteredList<BreachCase> shown;
    private final StringBinding count;

    public CasesViewModel(CaseList caseList, Messages messages) {
        this.caseList = Objects.requireNonNull(caseList, "caseList");
        this.shown = new FilteredList<>(caseList.cases());
        shown.predicateProperty().bind(Bindings.createObjectBinding(
                () -> CaseFilter.matching(query.get(), messages::label), query));
        this.count = Bindings.createStringBinding(
                () -> messages.format("cases.count", shown.size(), caseList.cases().size()),
                shown, caseList.cases());
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The cases the filter lets through, in the list's order (newest reference first). */
    public ObservableList<BreachCase> shown() {
        return shown;
    }

    /** "12 of 40 cases". */
    public StringBinding countProperty() {
        return count;
    }

    public void reload() {
        caseList.reload();
    }
}
