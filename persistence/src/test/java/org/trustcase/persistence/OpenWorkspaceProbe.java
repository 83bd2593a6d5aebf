package org.trustcase.persistence;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.trustcase.persistence.database.BusyException;

/**
 * Run in a second JVM by {@link WorkspaceLockTest}. {@code open DIR}: tries to open the workspace, prints the
 * outcome and exits 0 when it opened, 3 when it was refused, 4 when it was busy. {@code hold DIR}: takes the
 * workspace's lock exclusively, prints {@code held} and keeps it until a line arrives on stdin.
 */
public final class OpenWorkspaceProbe {
    private OpenWorkspaceProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        if (args[0].equals("hold")) {
            try (WorkspaceLock lock = WorkspaceLock.exclusive(dir, Duration.ofSeconds(30))) {
                System.out.println("held");
                System.out.flush();
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            }
            return;
        }
        try (Workspace workspace = Workspace.open(dir)) {
            System.out.println("opened " + workspace.directory() + " with "
                    + workspace.transactions().read(() -> workspace.cases().countOpen()) + " open cases");
        } catch (BusyException e) {
            System.out.println(e.getMessage());
            System.exit(4);
        } catch (WorkspaceException e) {
            System.out.println(e.getMessage());
            System.exit(3);
        }
    }
}
