package org.trustcase.app.ui.shell;

import java.nio.file.Path;
import java.util.List;
import org.trustcase.app.ui.WorkspaceRequest;

/** What the person at the window can do with their session: lock the window, or sign out. */
public interface SessionControls {
    /** None: a window shown without a session around it (tests of one screen). */
    SessionControls NONE = new SessionControls() {
        @Override
        public void lock() {
        }

        @Override
        public void signOut() {
        }
    };

    /** Covers the window until the same person's password is given again. */
    void lock();

    /** Leaves the window (unsaved work asked about first) and shows the sign-in screen again. */
    void signOut();

    /** The workspaces signed in to lately, newest first (the File menu's recent ones). */
    default List<Path> recentWorkspaces() {
        return List.of();
    }

    /** Leaves the window (unsaved work asked about first), signs out, closes this workspace and opens {@code request}. */
    default void openWorkspace(WorkspaceRequest request) {
    }
}
