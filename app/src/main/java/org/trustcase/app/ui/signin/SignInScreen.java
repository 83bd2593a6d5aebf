package org.trustcase.app.ui.signin;

import java.util.function.Consumer;
import javafx.scene.Parent;
import org.trustcase.app.AppContext;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.Views;
import org.trustcase.model.common.Actor;

/** The sign-in screen of an opened workspace, wired from its context. Create it on the JavaFX thread. */
public final class SignInScreen {
    private final Parent root;

    private SignInScreen(Parent root) {
        this.root = root;
    }

    /**
     * @param noAccounts true when the workspace has no account yet: the screen creates the first DPO
     * @param signedIn   told on the JavaFX thread who signed in
     */
    public static SignInScreen create(AppContext context, boolean noAccounts, Messages messages, TaskExecutor tasks,
            Consumer<Actor> signedIn) {
        return create(context, noAccounts, messages, tasks, signedIn, null);
    }

    /** @param otherWorkspace leaves this workspace for the welcome screen, or null (not offered) */
    public static SignInScreen create(AppContext context, boolean noAccounts, Messages messages, TaskExecutor tasks,
            Consumer<Actor> signedIn, Runnable otherWorkspace) {
        SignInViewModel viewModel = new SignInViewModel(context.users(), tasks, messages, noAccounts, signedIn);
        Views views = new Views(messages);
        Parent root = views.load(SignInController.class, viewModel,
                new SignInPlace(context.workspaceDirectory(), context.isDemo(), otherWorkspace), messages).root();
        return new SignInScreen(root);
    }

    public Parent root() {
        return root;
    }
}
