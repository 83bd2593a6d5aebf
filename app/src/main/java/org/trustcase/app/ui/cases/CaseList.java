package org.trustcase.app.ui.cases;

import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trustcase.app.AppContext;
import org.trustcase.app.ui.support.Tasks;
import org.trustcase.model.cases.BreachCase;

/** Every case of the workspace, newest reference first, as the screens of the window share it. Reloaded after each change. */
public final class CaseList {
    private final AppContext context;
    private final Tasks tasks;
    private final ObservableList<BreachCase> cases = FXCollections.observableArrayList();
    private final ObservableList<BreachCase> casesView = FXCollections.unmodifiableObservableList(cases);

    public CaseList(AppContext context, Tasks tasks) {
        this.context = Objects.requireNonNull(context, "context");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /** Read-only; changes arrive through {@link #reload()}. */
    public ObservableList<BreachCase> cases() {
        return casesView;
    }

    /** Reads the cases again in the background. */
    public void reload() {
        tasks.create(() -> context.cases().list())
                .onSuccess(this::replace)
                .start();
    }

    private void replace(List<BreachCase> loaded) {
        cases.setAll(loaded);
    }
}
