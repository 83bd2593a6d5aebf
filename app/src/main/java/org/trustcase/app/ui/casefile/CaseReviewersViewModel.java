package org.trustcase.app.ui.casefile;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Role;
import org.trustcase.model.common.TrustcaseException;
import org.trustcase.model.users.UserAccount;
import org.trustcase.model.users.UserService;

/**
 * The legal reviewers assigned to an open case: who they are, and (for a DPO) which active reviewers could be, and
 * the assignments changed to a chosen set.
 */
public final class CaseReviewersViewModel {
    private final UserService users;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final CaseReference reference;
    private final ObservableList<String> assigned = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public CaseReviewersViewModel(UserService users, TaskExecutor tasks, Messages messages, CaseReference reference) {
        this.users = Objects.requireNonNull(users, "users");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    public ObservableList<String> assigned() {
        return assigned;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void load() {
        tasks.create(() -> users.assigned(reference)).onSuccess(assigned::setAll)
                .onError(TrustcaseException.class, e -> problem.set(messages.describe(e))).start();
    }

    /** The active legal reviewers, by login (read in the background), for {@code then} to offer. */
    public void candidates(java.util.function.Consumer<List<String>> then) {
        tasks.create(() -> users.list().stream().filter(account -> account.role() == Role.LEGAL_REVIEWER)
                .filter(UserAccount::active).map(UserAccount::login).toList()).onSuccess(then)
                .onError(TrustcaseException.class, e -> problem.set(messages.describe(e))).start();
    }

    /** Assigns and unassigns so that exactly {@code chosen} are assigned; each change is recorded on the case. */
    public void assignExactly(Set<String> chosen) {
        Set<String> before = new TreeSet<>(assigned);
        tasks.create(() -> {
            for (String login : before) {
                if (!chosen.contains(login)) {
                    users.unassign(reference, login);
                }
            }
            for (String login : chosen) {
                if (!before.contains(login)) {
                    users.assign(reference, login);
                }
            }
            return users.assigned(reference);
        }).onSuccess(now -> {
            problem.set("");
            assigned.setAll(now);
        }).onError(TrustcaseException.class, e -> {
            problem.set(messages.describe(e));
            load();
        }).start();
    }
}
