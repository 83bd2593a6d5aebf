package org.trustcase.persistence;

import java.nio.file.Path;

/**
 * Run in a second JVM by {@link WorkspaceLockTest}: tries to open the workspace given as the only
 * argument, prints the outcome and exits 0 when it opened, 3 when it was refused.
 */
public final class OpenWorkspaceProbe {
    private OpenWorkspaceProbe() {
    }

    public static void main(String[] args) {
        try (Workspace workspace = Workspace.open(Path.of(args[0]))) {
            System.out.println("opened " + workspace.directory());
        } catch (WorkspaceException e) {
            System.out.println(e.getMessage());
            System.exit(3);
        }
    }
}
