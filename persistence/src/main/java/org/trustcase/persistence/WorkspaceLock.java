package org.trustcase.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.trustcase.persistence.database.BusyException;

/**
 * The lock file of a workspace. Every process working in it holds a <em>shared</em> lock, so that the window
 * and scripts work in it at the same time (SQLite keeps their transactions apart); what must be alone in the
 * workspace (creating it, migrating its schema, restoring a backup into it) takes the lock <em>exclusively</em>,
 * waiting for the others at most as long as it was allowed to. The operating system releases the lock when the
 * process dies, so a crash never leaves a workspace locked.
 */
final class WorkspaceLock implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(50);
    /*
     * Folders locked by this JVM. A second open in the same JVM is refused here, before it opens a
     * second channel on the lock file: on POSIX systems closing any descriptor of a file can drop
     * the process's lock on it.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final Path key;
    private final FileChannel channel;
    private FileLock lock;

    private WorkspaceLock(Path dir, Path key, FileChannel channel) {
        this.dir = dir;
        this.key = key;
        this.channel = channel;
    }

    /** A shared lock, to work in the workspace beside other processes; waits at most {@code wait} for an exclusive holder. */
    static WorkspaceLock shared(Path dir, Duration wait) {
        return acquire(dir, true, wait);
    }

    /** An exclusive lock, to be alone in the workspace; waits at most {@code wait} for the others to leave. */
    static WorkspaceLock exclusive(Path dir, Duration wait) {
        return acquire(dir, false, wait);
    }

    private static WorkspaceLock acquire(Path dir, boolean shared, Duration wait) {
        Path key = identity(dir);
        if (!HELD.add(key)) {
            throw new WorkspaceException("workspace " + dir + " is already open in this Trustcase process");
        }
        Path file = dir.resolve(Workspace.LOCK_FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            WorkspaceLock lock = new WorkspaceLock(dir, key, channel);
            lock.take(shared, wait);
            return lock;
        } catch (IOException e) {
            closeQuietly(channel);
            HELD.remove(key);
            throw new WorkspaceException("cannot write the lock file " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            HELD.remove(key);
            throw e;
        }
    }

    /** True while the lock is held exclusively. */
    boolean isExclusive() {
        return lock != null && !lock.isShared();
    }

    /** Turns a shared lock into an exclusive one, waiting at most {@code wait} for the other processes to leave. */
    void toExclusive(Duration wait) {
        change(false, wait);
    }

    /** Turns an exclusive lock back into a shared one. */
    void toShared(Duration wait) {
        change(true, wait);
    }

    private void change(boolean shared, Duration wait) {
        if (lock != null && lock.isShared() == shared) {
            return;
        }
        release();
        try {
            take(shared, wait);
        } catch (IOException e) {
            throw new WorkspaceException("cannot lock " + dir.resolve(Workspace.LOCK_FILE) + ": " + e.getMessage(), e);
        }
    }

    private void take(boolean shared, Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            FileLock taken;
            try {
                taken = channel.tryLock(0, Long.MAX_VALUE, shared);
            } catch (OverlappingFileLockException e) {
                taken = null;
            }
            if (taken != null && taken.isShared() == shared) {
                lock = taken;
                return;
            }
            if (taken != null) {
                // a system without shared locks gave an exclusive one: that excludes the others, which is wrong
                taken.release();
                throw new WorkspaceException("cannot share the workspace " + dir + ": this system offers no shared"
                        + " file locks");
            }
            if (System.nanoTime() - deadline >= 0) {
                throw busy(shared, wait);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy(shared, wait);
            }
        }
    }

    private BusyException busy(boolean shared, Duration wait) {
        String waited = wait.isZero() ? "" : " (waited " + wait.toSeconds() + " s)";
        return new BusyException(shared
                ? "workspace " + dir + " is busy: another Trustcase process is updating or restoring it" + waited
                : "workspace " + dir + " is busy: it must be alone in the workspace, and another Trustcase process"
                        + " works in it" + waited + "; close it there first");
    }

    private void release() {
        if (lock != null) {
            try {
                lock.release();
            } catch (IOException e) {
                throw new WorkspaceException("could not release the lock file in " + dir + ": " + e.getMessage(), e);
            } finally {
                lock = null;
            }
        }
    }

    @Override
    public void close() {
        try {
            release();
            channel.close();
        } catch (IOException e) {
            throw new WorkspaceException("could not release the lock file in " + dir + ": " + e.getMessage(), e);
        } finally {
            HELD.remove(key);
        }
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
