package org.trustcase.app.ui.shell;

import java.util.Arrays;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.users.SignInFailedException;
import org.trustcase.model.users.UserService;

/**
 * The locked window: covered until the signed-in person gives their password again (checked in the background; a
 * wrong one is recorded like any refused sign-in). Someone else signs out instead.
 */
public final class LockViewModel {
    private final UserService users;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final String login;
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public LockViewModel(UserService users, TaskExecutor tasks, Messages messages, String login) {
        this.users = Objects.requireNonNull(users, "users");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.login = Objects.requireNonNull(login, "login");
    }

    public String login() {
        return login;
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void lock() {
        password.set("");
        error.set("");
        locked.set(true);
    }

    /** Checks the password typed; the window opens when it is the signed-in person's. */
    public void unlock() {
        if (!locked.get() || checking.get() || password.get().isEmpty()) {
            return;
        }
        char[] secret = password.get().toCharArray();
        password.set("");
        checking.set(true);
        tasks.create(() -> {
            try {
                return users.authenticate(login, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }).onSuccess(actor -> {
            error.set("");
            locked.set(false);
        }).onError(SignInFailedException.class, e -> error.set(messages.get("lock.failed")))
                .andFinally(() -> checking.set(false)).start();
    }
}
