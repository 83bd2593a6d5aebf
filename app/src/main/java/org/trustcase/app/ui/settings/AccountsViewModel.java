package org.trustcase.app.ui.settings;

import java.util.Arrays;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.common.Role;
import org.trustcase.model.common.TrustcaseException;
import org.trustcase.model.users.UserAccount;
import org.trustcase.model.users.UserService;

/**
 * The workspace's accounts in Settings: the list (a DPO's and a manager's to read), adding, deactivating and
 * reactivating accounts, changing roles and setting passwords (a DPO's), and one's own password (everyone's). A
 * refusal or a broken rule is shown as the model words it.
 */
public final class AccountsViewModel {
    private final UserService users;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final ObservableList<UserAccount> accounts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public AccountsViewModel(UserService users, TaskExecutor tasks, Messages messages) {
        this.users = Objects.requireNonNull(users, "users");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public ObservableList<UserAccount> accounts() {
        return accounts;
    }

    /** What the last change did, or why it was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void load() {
        tasks.create(users::list).onSuccess(accounts::setAll)
                .onError(TrustcaseException.class, e -> message.set(messages.describe(e))).start();
    }

    /** What a new account is made of, as the dialog gives it. */
    public record NewAccount(String login, String fullName, Role role, char[] password) {
    }

    public void add(NewAccount account) {
        change(() -> users.add(account.login(), account.fullName(), account.role(), account.password()),
                messages.format("accounts.added", account.login()), account.password());
    }

    public void setActive(UserAccount account, boolean active) {
        change(() -> users.setActive(account.login(), active, null), messages.format(active
                ? "accounts.reactivated" : "accounts.deactivated", account.login()), null);
    }

    public void changeRole(UserAccount account, Role role) {
        change(() -> users.changeRole(account.login(), role),
                messages.format("accounts.role-changed", account.login(), messages.label(role)), null);
    }

    /** Sets {@code login}'s password; {@code current} is the signed-in person's own, when it is their account. */
    public void setPassword(String login, char[] current, char[] replacement) {
        change(() -> users.changePassword(login, current, replacement),
                messages.format("accounts.password-set", login), replacement);
    }

    private void change(Runnable work, String done, char[] secret) {
        tasks.create(() -> {
            try {
                work.run();
            } finally {
                if (secret != null) {
                    Arrays.fill(secret, '\0');
                }
            }
            return users.list();
        }).onSuccess(list -> {
            accounts.setAll(list);
            message.set(done);
        }).onError(TrustcaseException.class, e -> message.set(messages.describe(e))).start();
    }
}
