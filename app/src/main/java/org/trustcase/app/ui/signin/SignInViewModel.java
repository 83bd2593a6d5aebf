package org.trustcase.app.ui.signin;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.TrustcaseException;
import org.trustcase.model.users.SignInFailedException;
import org.trustcase.model.users.UserService;

/**
 * The sign-in screen: a login and password checked in the background (the hash is slow on purpose); or, in a
 * workspace that has no account yet, the first DPO's account to create. A refusal says only that the login and
 * password do not fit, never which of them.
 */
public final class SignInViewModel {
    private final UserService users;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final Consumer<Actor> signedIn;
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final BooleanProperty firstAccount = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding ready;

    /**
     * @param firstAccount true when the workspace has no account yet: the form creates the first DPO
     * @param signedIn     told, on the JavaFX thread, who signed in
     */
    public SignInViewModel(UserService users, TaskExecutor tasks, Messages messages, boolean firstAccount,
            Consumer<Actor> signedIn) {
        this.users = Objects.requireNonNull(users, "users");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.signedIn = Objects.requireNonNull(signedIn, "signedIn");
        this.firstAccount.set(firstAccount);
        ready = Bindings.createBooleanBinding(() -> !busy.get() && !login.get().isBlank() && !password.get().isEmpty()
                && (!this.firstAccount.get() || password.get().equals(repeated.get())), busy, login, password,
                repeated, this.firstAccount);
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** The password typed again, for a new account. */
    public StringProperty repeatedProperty() {
        return repeated;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public ReadOnlyBooleanProperty firstAccountProperty() {
        return firstAccount;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last attempt failed, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True when the form can be sent. */
    public BooleanBinding readyProperty() {
        return ready;
    }

    /** Checks the password (or creates the first account) in the background; the password field is emptied. */
    public void submit() {
        if (!ready.get()) {
            return;
        }
        String who = login.get().strip();
        char[] secret = password.get().toCharArray();
        String name = fullName.get();
        boolean first = firstAccount.get();
        password.set("");
        repeated.set("");
        busy.set(true);
        error.set("");
        tasks.create(() -> {
            try {
                return first ? users.addFirstDpo(who, name, secret).actor() : users.signIn(who, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }).onSuccess(signedIn)
                .onError(SignInFailedException.class, e -> error.set(messages.get("signin.failed")))
                .onError(TrustcaseException.class, e -> error.set(messages.describe(e)))
                .andFinally(() -> busy.set(false))
                .start();
    }
}
