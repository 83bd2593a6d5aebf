package org.trustcase.app.ui.support;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Notices changes that other processes (scripts, a second window) made to the workspace: on a lane of its own,
 * never on the JavaFX thread, it reads the workspace's change counter every {@link #EVERY} and, when it moved,
 * hands {@code changed} to {@code deliver} (in the window {@code Platform::runLater}). A failed reading (the
 * workspace busy or closed) is skipped; the next one tries again.
 */
public final class WorkspaceWatch implements AutoCloseable {
    /** How often the counter is read: a change made elsewhere shows well within two seconds. */
    public static final Duration EVERY = Duration.ofMillis(500);
    private static final System.Logger LOG = System.getLogger(WorkspaceWatch.class.getName());

    private final LongSupplier counter;
    private final Consumer<Runnable> deliver;
    private final Runnable changed;
    private final ScheduledExecutorService lane;
    private long last;
    private boolean started;

    /**
     * @param counter the workspace's count of changes made elsewhere ({@code AppContext::changesElsewhere})
     * @param deliver runs {@code changed} where the screens live
     * @param changed what to do when something changed elsewhere
     */
    public WorkspaceWatch(LongSupplier counter, Consumer<Runnable> deliver, Runnable changed) {
        this.counter = Objects.requireNonNull(counter, "counter");
        this.deliver = Objects.requireNonNull(deliver, "deliver");
        this.changed = Objects.requireNonNull(changed, "changed");
        this.lane = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "trustcase-workspace-watch");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Takes the first reading (on the watch's lane) and reads again every {@link #EVERY}. Idempotent. */
    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        lane.execute(() -> last = counter.getAsLong());
        lane.scheduleWithFixedDelay(this::poll, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll() {
        long now;
        try {
            now = counter.getAsLong();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not read the workspace's change counter", e);
            return;
        }
        if (now != last) {
            last = now;
            deliver.accept(changed);
        }
    }

    /** Stops reading; a reading under way finishes. */
    @Override
    public void close() {
        lane.shutdownNow();
    }
}
