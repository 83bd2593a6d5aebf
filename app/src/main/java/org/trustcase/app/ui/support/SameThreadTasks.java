package org.trustcase.app.ui.support;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A {@link TaskExecutor} that runs everything at once on the calling thread, callbacks included, for view-model tests
 * without a window: when {@code start()} returns, the work and its callbacks are done. Failures reach the
 * {@code onError} handlers or the unhandled handler exactly as in {@link Tasks}.
 */
public final class SameThreadTasks implements TaskExecutor {
    private final Consumer<Throwable> unhandled;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private int running;

    /** @param unhandled gets every failure no {@code onError} handles */
    public SameThreadTasks(Consumer<Throwable> unhandled) {
        this.unhandled = Objects.requireNonNull(unhandled, "unhandled");
    }

    /** Failures nobody handles are thrown back to the caller of {@code start()}. */
    public static SameThreadTasks rethrowing() {
        return new SameThreadTasks(failure -> {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failure);
        });
    }

    @Override
    public <T> Request<T> create(Callable<T> work) {
        Objects.requireNonNull(work, "work");
        return new ShortRequest<>(work);
    }

    @Override
    public <T> JobRequest<T> longJob(Job<T> work) {
        Objects.requireNonNull(work, "work");
        return new InlineJob<>(work);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public boolean isIdle() {
        return running == 0;
    }

    private void run(Runnable outcome, Runnable andFinally) {
        running++;
        busy.set(true);
        try {
            try {
                outcome.run();
            } catch (RuntimeException | Error e) {
                unhandled.accept(e);
            } finally {
                andFinally.run();
            }
        } finally {
            running--;
            busy.set(running > 0);
        }
    }

    private final class ShortRequest<T> implements Request<T> {
        private final Callable<T> work;
        private final Handlers<T> handlers = new Handlers<>();

        ShortRequest(Callable<T> work) {
            this.work = work;
        }

        @Override
        public Request<T> onSuccess(Consumer<? super T> handler) {
            handlers.onSuccess = Objects.requireNonNull(handler, "handler");
            return this;
        }

        @Override
        public <E extends Throwable> Request<T> onError(Class<E> type, Consumer<? super E> handler) {
            handlers.addError(type, handler);
            return this;
        }

        @Override
        public Request<T> andFinally(Runnable action) {
            handlers.andFinally = Objects.requireNonNull(action, "action");
            return this;
        }

        @Override
        public Future<T> start() {
            CompletableFuture<T> future = new CompletableFuture<>();
            run(() -> {
                T value;
                try {
                    value = work.call();
                } catch (Exception e) {
                    future.completeExceptionally(e);
                    handlers.fail(e, unhandled);
                    return;
                }
                future.complete(value);
                handlers.onSuccess.accept(value);
            }, handlers.andFinally);
            return future;
        }
    }

    private final class InlineJob<T> implements JobRequest<T>, LongJob<T>, Progress {
        private final Job<T> work;
        private final Handlers<T> handlers = new Handlers<>();
        private Runnable onCancelled = () -> { };
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
        private final ReadOnlyBooleanWrapper jobRunning = new ReadOnlyBooleanWrapper(this, "running", false);
        private boolean cancelled;

        InlineJob(Job<T> work) {
            this.work = work;
        }

        @Override
        public JobRequest<T> onSuccess(Consumer<? super T> handler) {
            handlers.onSuccess = Objects.requireNonNull(handler, "handler");
            return this;
        }

        @Override
        public <E extends Throwable> JobRequest<T> onError(Class<E> type, Consumer<? super E> handler) {
            handlers.addError(type, handler);
            return this;
        }

        @Override
        public JobRequest<T> onCancelled(Runnable handler) {
            this.onCancelled = Objects.requireNonNull(handler, "handler");
            return this;
        }

        @Override
        public JobRequest<T> andFinally(Runnable action) {
            handlers.andFinally = Objects.requireNonNull(action, "action");
            return this;
        }

        @Override
        public LongJob<T> start() {
            jobRunning.set(true);
            run(() -> {
                T value;
                try {
                    value = work.run(this);
                } catch (CancellationException e) {
                    onCancelled.run();
                    return;
                } catch (Exception e) {
                    handlers.fail(e, unhandled);
                    return;
                }
                if (cancelled) {
                    onCancelled.run();
                } else {
                    handlers.onSuccess.accept(value);
                }
            }, () -> {
                jobRunning.set(false);
                handlers.andFinally.run();
            });
            return this;
        }

        @Override
        public void update(long done, long total) {
            progress.set(done < 0 || total <= 0 ? -1 : Math.min(1.0, (double) done / total));
        }

        @Override
        public void message(String text) {
            message.set(text == null ? "" : text);
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return jobRunning.getReadOnlyProperty();
        }

        /** Also what the job sees through its {@link Progress}: a job may cancel itself. */
        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    private static final class Handlers<T> {
        private Consumer<? super T> onSuccess = value -> { };
        private final ErrorHandlers onError = new ErrorHandlers();
        private Runnable andFinally = () -> { };

        <E extends Throwable> void addError(Class<E> type, Consumer<? super E> handler) {
            onError.add(type, handler);
        }

        void fail(Throwable failure, Consumer<Throwable> unhandled) {
            onError.handle(failure, unhandled);
        }
    }
}
