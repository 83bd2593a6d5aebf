package org.trustcase.app.ui.support;

import java.util.concurrent.CancellationException;

/**
 * What a long job sees of its own run: it reports how far it got and a short message (a user-visible text from the
 * bundle), and checks between steps whether it was cancelled. Safe to call from the job's thread.
 */
public interface Progress {

    /** {@code done} of {@code total} steps are finished; a negative total means "not known yet". */
    void update(long done, long total);

    /** What the job is doing now, for the screen (a text from the bundle). */
    void message(String text);

    /** True once {@link LongJob#cancel()} was called; the job should stop at its next step. */
    boolean isCancelled();

    /** Stops the job here when it was cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }
}
