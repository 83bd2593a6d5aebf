package org.trustcase.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Making sure a folder can hold a new workspace, and creating it, or saying clearly why not. */
final class WorkspaceFolder {
    private WorkspaceFolder() {
    }

    /**
     * Creates {@code dir} and its missing parents. Checks first, so that a path running through a
     * regular file (or an unwritable folder) is refused before anything is created.
     */
    static void create(Path dir) {
        Path existing = nearestExisting(dir.toAbsolutePath().normalize());
        if (existing != null && !Files.isDirectory(existing)) {
            throw new WorkspaceException("cannot create a workspace in " + dir + ": " + existing
                    + " is a file, not a folder");
        }
        if (existing != null && !Files.isWritable(existing)) {
            throw new WorkspaceException("cannot create a workspace in " + dir + ": " + existing + " is not writable");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new WorkspaceException("cannot create the folder " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new WorkspaceException("cannot create a workspace in " + dir + ": the folder is not writable");
        }
    }

    private static Path nearestExisting(Path path) {
        Path current = path;
        while (current != null && !Files.exists(current)) {
            current = current.getParent();
        }
        return current;
    }
}
