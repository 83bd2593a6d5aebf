package org.trustcase.app.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.trustcase.app.ui.WorkspaceRequest;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.users.UserService;

/** The window's session: locking it, and signing out (unsaved work asked about first, the sign-out recorded). */
public final class WindowSession implements SessionControls {
    private final LockViewModel lock;
    private final Navigation navigation;
    private final TaskExecutor tasks;
    private final UserService users;
    private Runnable signedOut = () -> { };
    private Supplier<List<Path>> recent = List::of;
    private Consumer<WorkspaceRequest> switching = request -> { };

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

    /** Where the File menu's workspaces come from, and what opens one once this window is left. */
    public void onWorkspaceSwitch(Supplier<List<Path>> recentWorkspaces, Consumer<WorkspaceRequest> then) {
        recent = Objects.requireNonNull(recentWorkspaces, "recentWorkspaces");
        switching = Objects.requireNonNull(then, "then");
    }

    @Override
    public List<Path> recentWorkspaces() {
        return recent.get();
    }

    @Override
    public void openWorkspace(WorkspaceRequest request) {
        Objects.requireNonNull(request, "request");
        navigation.leave(() -> tasks.create(() -> {
            users.signOut();
            return null;
        }).andFinally(() -> switching.accept(request)).start());
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
