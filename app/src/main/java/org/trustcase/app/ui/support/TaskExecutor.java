package org.trustcase.app.ui.support;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * How screens run work off the JavaFX thread, in two lanes:
 * <ul>
 * <li>{@link #create} — a short read or write for a screen (load a case, save a form), run in the order started;</li>
 * <li>{@link #longJob} — a long job (a CSV import, an evidence import, an index rebuild) with progress, a message
 * and cancel, run in a lane of its own so that it never delays a short read.</li>
 * </ul>
 * Outcomes are handed back on the JavaFX thread (in {@link SameThreadTasks}, on the calling thread). Every failure
 * reaches a handler: the first matching {@code onError}, otherwise the executor's unhandled-failure handler. Failures
 * thrown by the callbacks themselves go there too.
 */
public interface TaskExecutor {

    /** A short read or write for a screen, on the short lane. */
    <T> Request<T> create(Callable<T> work);

    /**
     * A long job, on the long-job lane. The job reports through its {@link Progress} and stops early when
     * {@link Progress#isCancelled()} turns true.
     */
    <T> JobRequest<T> longJob(Job<T> work);

    /** True while work of either lane is queued or running, or its callbacks have not finished (JavaFX thread). */
    ReadOnlyBooleanProperty busyProperty();

    /** False while anything is pending; safe to ask from any thread. */
    boolean isIdle();

    /** The work of a long job. */
    @FunctionalInterface
    interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    /** One short piece of work and what to do with its outcome. */
    interface Request<T> {
        /** Called with the result. */
        Request<T> onSuccess(Consumer<? super T> handler);

        /** Called when the work fails with {@code type}; the first matching handler wins. */
        <E extends Throwable> Request<T> onError(Class<E> type, Consumer<? super E> handler);

        /** Called after success or failure. */
        Request<T> andFinally(Runnable action);

        /** Queues the work on the short lane. */
        Future<T> start();
    }

    /** One long job and what to do with its outcome. */
    interface JobRequest<T> {
        /** Called with the result of a job that ran to its end without being cancelled. */
        JobRequest<T> onSuccess(Consumer<? super T> handler);

        /** Called when the job fails with {@code type}; the first matching handler wins. */
        <E extends Throwable> JobRequest<T> onError(Class<E> type, Consumer<? super E> handler);

        /** Called when the job stopped because it was cancelled (instead of the success handler). */
        JobRequest<T> onCancelled(Runnable handler);

        /** Called after success, failure or cancellation. */
        JobRequest<T> andFinally(Runnable action);

        /** Queues the job on the long-job lane. */
        LongJob<T> start();
    }
}
