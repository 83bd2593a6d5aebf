package org.trustcase.app.ui.shell;

import java.util.Objects;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.users.UserService;

/** The window's session: locking it, and signing out (unsaved work asked about first, the sign-out recorded). */
public final class WindowSession implements SessionControls {
    private final LockViewModel lock;
    private final Navigation navigation;
    private final TaskExecutor tasks;
    private final UserService users;
    private Runnable signedOut = () -> { };

    public WindowSession(LockViewModel lock, Navigation navigation, TaskExecutor tasks, UserService users) {
        this.lock = Objects.requireNonNull(lock, "lock");
        this.navigation = Objects.requireNonNull(navigation, "navigation");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.users = Objects.requireNonNull(users, "users");
    }

    /** What happens once signed out. */
    public void onSignedOut(Runnable then) {
        signedOut = Objects.requireNonNull(then, "then");
    }

    @Override
    public void lock() {
        lock.lock();
    }

    @Override
    public void signOut() {
        navigation.leave(() -> tasks.create(() -> {
            users.signOut();
            return null;
        }).andFinally(() -> signedOut.run()).start());
    }
}
