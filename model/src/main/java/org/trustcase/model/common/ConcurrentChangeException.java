package org.trustcase.model.common;

/** Optimistic locking: the record was changed by someone else since it was read. Nothing was written. */
public final class ConcurrentChangeException extends TrustcaseException {
    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
