package org.trustcase.model.common;

/**
 * A transaction committed, but work registered to run after the commit failed: what the
 * transaction wrote is stored; what the hook was to finish is not. The cause is the first hook's
 * failure, later failures are suppressed on this exception.
 */
public final class AfterCommitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AfterCommitException(Throwable firstFailure) {
        super("the transaction was committed, but work after the commit failed: " + firstFailure, firstFailure);
    }
}
