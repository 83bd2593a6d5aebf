package org.trustcase.app.ui.welcome;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.trustcase.app.ui.WorkspaceRequest;

/**
 * The welcome screen, shown when there is no workspace to open: create a new workspace, open an existing one,
 * explore the demo, or pick one of the recent ones. Each choice is handed to {@code chosen}, which opens it and,
 * should that fail, shows this screen again with the reason.
 */
public final class WelcomeViewModel {
    private final List<Path> recent;
    private final Consumer<WorkspaceRequest> chosen;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** @param error why the last choice could not be opened, or empty */
    public WelcomeViewModel(List<Path> recent, String error, Consumer<WorkspaceRequest> chosen) {
        this.recent = List.copyOf(recent);
        this.chosen = Objects.requireNonNull(chosen, "chosen");
        this.error.set(error == null ? "" : error);
    }

    /** The workspaces signed in to lately, newest first. */
    public List<Path> recent() {
        return recent;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** A new workspace in {@code folder}, which must be empty or not exist yet. */
    public void create(Path folder) {
        choose(WorkspaceRequest.create(folder));
    }

    /** The workspace in {@code folder}. */
    public void open(Path folder) {
        choose(WorkspaceRequest.existing(folder));
    }

    /** The per-user demo workspace, made the first time. */
    public void demo() {
        choose(WorkspaceRequest.demo());
    }

    private void choose(WorkspaceRequest request) {
        error.set("");
        chosen.accept(request);
    }
}
