package org.trustcase.app.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.trustcase.app.DesktopStart;

/**
 * A workspace the window is asked to open: an existing one, a new one in an empty or new folder (the first account
 * is then created on the sign-in screen), or a demo one, opened or made the first time ({@code folder} null: the
 * per-user demo workspace).
 */
public record WorkspaceRequest(Kind kind, Path folder) {
    public enum Kind {
        EXISTING, NEW, DEMO
    }

    public WorkspaceRequest {
        Objects.requireNonNull(kind, "kind");
        if (folder == null && kind != Kind.DEMO) {
            throw new IllegalArgumentException("a folder is needed to open or create a workspace");
        }
        folder = folder == null ? null : folder.toAbsolutePath().normalize();
    }

    public static WorkspaceRequest existing(Path folder) {
        return new WorkspaceRequest(Kind.EXISTING, folder);
    }

    public static WorkspaceRequest create(Path folder) {
        return new WorkspaceRequest(Kind.NEW, folder);
    }

    /** The per-user demo workspace, made the first time. */
    public static WorkspaceRequest demo() {
        return new WorkspaceRequest(Kind.DEMO, null);
    }

    /**
     * What the window opens first: the folder the command line chose (its workspace, or a demo made there the first
     * time), the per-user demo, else the workspace used last, else the per-user default workspace; empty when there
     * is none of these, for the welcome screen.
     */
    public static Optional<WorkspaceRequest> first(DesktopStart start, RecentWorkspaces recent, Path defaultLocation,
            Predicate<Path> isWorkspace) {
        if (start.chosen().isPresent()) {
            return Optional.of(new WorkspaceRequest(Kind.DEMO, start.chosen().get()));
        }
        if (start.demo()) {
            return Optional.of(demo());
        }
        Optional<Path> last = recent.list().stream().findFirst().filter(isWorkspace);
        if (last.isPresent()) {
            return Optional.of(existing(last.get()));
        }
        return isWorkspace.test(defaultLocation) ? Optional.of(existing(defaultLocation)) : Optional.empty();
    }
}
