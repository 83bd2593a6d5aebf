package org.trustcase.persistence.database;

import org.trustcase.model.common.TrustcaseException;

/** A database could not be opened, checked or brought up to date; the message names the file or the setting. */
public final class DatabaseException extends TrustcaseException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
