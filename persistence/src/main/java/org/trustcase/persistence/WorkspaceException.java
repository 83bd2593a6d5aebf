package org.trustcase.persistence;

import org.trustcase.model.common.TrustcaseException;

/** A workspace could not be created, opened or used; the message says what is wrong and with which path. */
public final class WorkspaceException extends TrustcaseException {
    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
