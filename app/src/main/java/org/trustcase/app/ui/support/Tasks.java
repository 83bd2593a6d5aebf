package org.trustcase.app.ui.support;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;

/**
 * The window's {@link TaskExecutor}: two lanes of one daemon thread each, one for the short reads and writes of the
 * screens and one for long jobs, so that a long job never delays a refresh. Outcomes are handed back on the JavaFX
 * thread. Every failure reaches a handler: the matching {@code onError} if one was given, otherwise the
 * unhandled-failure handler (which shows and logs it).
 */
public final class Tasks implements TaskExecutor, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Tasks.class.getName());

    private final ExecutorService shortLane;
    private final ExecutorService longLane;
    private final Consumer<Throwable> unhandled;
    private final AtomicInteger active = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final Set<JobTask<?>> jobs = ConcurrentHashMap.newKeySet();

    /** @param unhandled called on the JavaFX thread with every failure no {@code onError} handles */
    public Tasks(Consumer<Throwable> unhandled) {
        this.unhandled = Objects.requireNonNull(unhandled, "unhandled");
        this.shortLane = lane("trustcase-short-lane");
        this.longLane = lane("trustcase-long-lane");
    }

    private static ExecutorService lane(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.log(System.Logger.Level.ERROR, name + " failed", e));
            return thread;
        });
    }

    @Override
    public <T> Builder<T> create(Callable<T> work) {
        return new Builder<>(work);
    }

    @Override
    public <T> JobBuilder<T> longJob(Job<T> work) {
        return new JobBuilder<>(work);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public boolean isIdle() {
        return active.get() == 0;
    }

    /** Cancels the long jobs, then stops both lanes after the work already queued. */
    @Override
    public void close() {
        jobs.forEach(JobTask::requestCancel);
        shortLane.shutdown();
        longLane.shutdown();
        try {
            if (!shortLane.awaitTermination(5, TimeUnit.SECONDS)) {
                shortLane.shutdownNow();
            }
            if (!longLane.awaitTermination(5, TimeUnit.SECONDS)) {
                longLane.shutdownNow();
            }
        } catch (InterruptedException e) {
            shortLane.shutdownNow();
            longLane.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void started() {
        active.incrementAndGet();
        onFxThread(() -> busy.set(active.get() > 0));
    }

    private void finished() {
        active.decrementAndGet();
        onFxThread(() -> busy.set(active.get() > 0));
    }

    private void submit(ExecutorService lane, Runnable task) {
        started();
        try {
            lane.execute(task);
        } catch (RuntimeException rejected) {
            finished();
            throw rejected;
        }
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** Runs an outcome callback, then the final one; whatever they throw goes to the unhandled handler. */
    private void complete(Runnable outcome, Runnable andFinally) {
        try {
            outcome.run();
        } catch (RuntimeException | Error e) {
            unhandled.accept(e);
        } finally {
            try {
                andFinally.run();
            } catch (RuntimeException | Error e) {
                unhandled.accept(e);
            } finally {
                finished();
            }
        }
    }

    /** One short piece of background work and what to do with its outcome. */
    public final class Builder<T> implements Request<T> {
        private final Callable<T> work;
        private Consumer<? super T> onSuccess = value -> { };
        private final ErrorHandlers onError = new ErrorHandlers();
        private Runnable andFinally = () -> { };

        private Builder(Callable<T> work) {
            this.work = Objects.requireNonNull(work, "work");
        }

        /** Called on the JavaFX thread with the result. */
        @Override
        public Builder<T> onSuccess(Consumer<? super T> handler) {
            this.onSuccess = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** Called on the JavaFX thread when the work fails with {@code type}; the first matching handler wins. */
        @Override
        public <E extends Throwable> Builder<T> onError(Class<E> type, Consumer<? super E> handler) {
            onError.add(type, handler);
            return this;
        }

        /** Called on the JavaFX thread after success or failure. */
        @Override
        public Builder<T> andFinally(Runnable action) {
            this.andFinally = Objects.requireNonNull(action, "action");
            return this;
        }

        /** Queues the work on the short lane. */
        @Override
        public Task<T> start() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            task.setOnSucceeded(event -> complete(() -> onSuccess.accept(task.getValue()), andFinally));
            task.setOnFailed(event -> complete(() -> onError.handle(task.getException(), unhandled), andFinally));
            task.setOnCancelled(event -> complete(() -> { }, andFinally));
            submit(shortLane, task);
            return task;
        }
    }

    /** One long job and what to do with its outcome. */
    public final class JobBuilder<T> implements JobRequest<T> {
        private final Job<T> work;
        private Consumer<? super T> onSuccess = value -> { };
        private final ErrorHandlers onError = new ErrorHandlers();
        private Runnable onCancelled = () -> { };
        private Runnable andFinally = () -> { };

        private JobBuilder(Job<T> work) {
            this.work = Objects.requireNonNull(work, "work");
        }

        @Override
        public JobBuilder<T> onSuccess(Consumer<? super T> handler) {
            this.onSuccess = Objects.requireNonNull(handler, "handler");
            return this;
        }

        @Override
        public <E extends Throwable> JobBuilder<T> onError(Class<E> type, Consumer<? super E> handler) {
            onError.add(type, handler);
            return this;
        }

        @Override
        public JobBuilder<T> onCancelled(Runnable handler) {
            this.onCancelled = Objects.requireNonNull(handler, "handler");
            return this;
        }

        @Override
        public JobBuilder<T> andFinally(Runnable action) {
            this.andFinally = Objects.requireNonNull(action, "action");
            return this;
        }

        /** Queues the job on the long-job lane. */
        @Override
        public LongJob<T> start() {
            JobTask<T> task = new JobTask<>(work);
            Handle<T> handle = new Handle<>(task);
            Runnable last = () -> {
                jobs.remove(task);
                handle.running.set(false);
                andFinally.run();
            };
            task.setOnSucceeded(event -> complete(() -> {
                if (task.cancelRequested()) {
                    onCancelled.run();
                } else {
                    onSuccess.accept(task.getValue());
                }
            }, last));
            task.setOnFailed(event -> complete(() -> {
                Throwable failure = task.getException();
                if (failure instanceof CancellationException
                        || task.cancelRequested() && failure instanceof InterruptedException) {
                    onCancelled.run();
                } else {
                    onError.handle(failure, unhandled);
                }
            }, last));
            jobs.add(task);
            submit(longLane, task);
            return handle;
        }
    }

    /**
     * A long job as a {@link Task}: its progress and message go through the task's coalescing updates. Cancelling
     * only raises a flag the job checks, so that the job (and the lane) finish before its callbacks run; the task is
     * never cancelled in the {@link Task} sense and its thread is never interrupted in the middle of I/O.
     */
    private static final class JobTask<T> extends Task<T> {
        private final Job<T> work;
        private volatile boolean cancelRequested;
        private final Progress reporter = new Progress() {
            @Override
            public void update(long done, long total) {
                updateProgress(done, total);
            }

            @Override
            public void message(String text) {
                updateMessage(text == null ? "" : text);
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested;
            }
        };

        JobTask(Job<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            if (cancelRequested) {
                throw new CancellationException("cancelled before it started");
            }
            return work.run(reporter);
        }

        void requestCancel() {
            cancelRequested = true;
        }

        boolean cancelRequested() {
            return cancelRequested;
        }
    }

    /** What a screen holds of a started long job. */
    private static final class Handle<T> implements LongJob<T> {
        private final JobTask<T> task;
        private final ReadOnlyDoubleProperty progress;
        private final ReadOnlyStringProperty message;
        private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", true);

        Handle(JobTask<T> task) {
            this.task = task;
            // taken before the task starts: afterwards a Task lets only the JavaFX thread ask for its properties
            this.progress = task.progressProperty();
            this.message = task.messageProperty();
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return progress;
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return message;
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return running.getReadOnlyProperty();
        }

        @Override
        public void cancel() {
            task.requestCancel();
        }

        @Override
        public boolean isCancelled() {
            return task.cancelRequested();
        }
    }
}
