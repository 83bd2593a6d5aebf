package org.trustcase.app.ui.welcome;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Parent;
import org.trustcase.app.ui.WorkspaceRequest;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.Views;

/** The welcome screen of a first run, or of a run whose workspace could not be opened. Create it on the JavaFX thread. */
public final class WelcomeScreen {
    private final Parent root;
    private final WelcomeViewModel viewModel;

    private WelcomeScreen(Parent root, WelcomeViewModel viewModel) {
        this.root = root;
        this.viewModel = viewModel;
    }

    /**
     * @param recent the workspaces signed in to lately, newest first
     * @param error  why the last choice could not be opened, or null
     * @param chosen told on the JavaFX thread which workspace to open
     */
    public static WelcomeScreen create(List<Path> recent, String error, Messages messages,
            Consumer<WorkspaceRequest> chosen) {
        WelcomeViewModel viewModel = new WelcomeViewModel(recent, error, chosen);
        Parent root = new Views(messages).load(WelcomeController.class, viewModel, messages).root();
        return new WelcomeScreen(root, viewModel);
    }

    public Parent root() {
        return root;
    }

    public WelcomeViewModel viewModel() {
        return viewModel;
    }
}
