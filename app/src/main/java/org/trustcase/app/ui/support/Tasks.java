package org.trustcase.app.ui.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * Runs work off the JavaFX thread on one executor of daemon threads and hands the outcome back on
 * the JavaFX thread. Every failure reaches a handler: the matching {@code onError} if one was
 * given, otherwise the unhandled-failure handler (which shows and logs it). Failures thrown by the
 * callbacks themselves go there too.
 */
public final class Tasks implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Tasks.class.getName());

    private final ExecutorService executor;
    private final Consumer<Throwable> unhandled;
    private final AtomicInteger active = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    /** @param unhandled called on the JavaFX thread with every failure no {@code onError} handles */
    public Tasks(Consumer<Throwable> unhandled) {
        this.unhandled = Objects.requireNonNull(unhandled, "unhandled");
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "trustcase-worker");
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.log(System.Logger.Level.ERROR, "worker failed", e));
            return thread;
        });
    }

    public <T> Builder<T> create(Callable<T> work) {
        return new Builder<>(work);
    }

    /** True while work is queued or running, or its callbacks have not finished yet (JavaFX thread). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** False while anything is pending; safe to ask from any thread. */
    public boolean isIdle() {
        return active.get() == 0;
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
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

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** One piece of background work and what to do with its outcome. */
    public final class Builder<T> {
        private final Callable<T> work;
        private Consumer<? super T> onSuccess = value -> { };
        private final List<ErrorHandler<?>> onError = new ArrayList<>();
        private Runnable andFinally = () -> { };

        private Builder(Callable<T> work) {
            this.work = Objects.requireNonNull(work, "work");
        }

        /** Called on the JavaFX thread with the result. */
        public Builder<T> onSuccess(Consumer<? super T> handler) {
            this.onSuccess = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** Called on the JavaFX thread when the work fails with {@code type}; the first matching handler wins. */
        public <E extends Throwable> Builder<T> onError(Class<E> type, Consumer<? super E> handler) {
            onError.add(new ErrorHandler<>(type, handler));
            return this;
        }

        /** Called on the JavaFX thread after success or failure. */
        public Builder<T> andFinally(Runnable action) {
            this.andFinally = Objects.requireNonNull(action, "action");
            return this;
        }

        /** Queues the work. */
        public Task<T> start() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            task.setOnSucceeded(event -> complete(() -> onSuccess.accept(task.getValue())));
            task.setOnFailed(event -> complete(() -> fail(task.getException())));
            task.setOnCancelled(event -> complete(() -> { }));
            started();
            try {
                executor.execute(task);
            } catch (RuntimeException rejected) {
                finished();
                throw rejected;
            }
            return task;
        }

        private void complete(Runnable outcome) {
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

        private void fail(Throwable failure) {
            for (ErrorHandler<?> handler : onError) {
                if (handler.handles(failure)) {
                    handler.accept(failure);
                    return;
                }
            }
            unhandled.accept(failure);
        }
    }

    private record ErrorHandler<E extends Throwable>(Class<E> type, Consumer<? super E> handler) {
        boolean handles(Throwable failure) {
            return type.isInstance(failure);
        }

        void accept(Throwable failure) {
            handler.accept(type.cast(failure));
        }
    }
}
