package org.trustcase.model.common;

/** Base of every failure the domain reports on purpose; anything else is a bug. */
public abstract class TrustcaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected TrustcaseException(String message) {
        super(message);
    }

    protected TrustcaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
