package org.trustcase.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock file that lets one process at a time work in a workspace. The operating system
 * releases the lock when the process dies, so a crash never leaves a workspace locked.
 */
final class WorkspaceLock implements AutoCloseable {
    /*
     * Folders locked by this JVM. A second open in the same JVM is refused here, before it opens a
     * second channel on the lock file: on POSIX systems closing any descriptor of a file can drop
     * the process's lock on it.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    static WorkspaceLock acquire(Path dir) {
        Path key = identity(dir);
        if (!HELD.add(key)) {
            throw inUse(dir);
        }
        Path file = dir.resolve(Workspace.LOCK_FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(dir);
            }
            return new WorkspaceLock(key, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            HELD.remove(key);
            throw new WorkspaceException("cannot write the lock file " + file + ": " + e.getMessage(), e);
        } catch (OverlappingFileLockException | WorkspaceException e) {
            closeQuietly(channel);
            HELD.remove(key);
            throw inUse(dir);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new WorkspaceException("could not release the lock file in " + key + ": " + e.getMessage(), e);
        } finally {
            HELD.remove(key);
        }
    }

    private static WorkspaceException inUse(Path dir) {
        return new WorkspaceException("workspace " + dir + " is in use by another Trustcase process; close it there first");
    }

    private static Path identity(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock attempt already failed; that failure is what gets reported
            }
        }
    }
}
