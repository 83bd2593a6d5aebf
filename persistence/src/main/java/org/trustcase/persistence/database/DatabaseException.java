package org.trustcase.persistence.database;

import java.util.List;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.TrustcaseException;

/**
 * A database could not be opened, checked or brought up to date; the message names the file or the setting.
 *
 * <p>The database layer reports these in English text (paths and the file system's or driver's own words); its
 * single problem, {@code database.failure}, carries that text as its argument.
 */
public final class DatabaseException extends TrustcaseException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String message) {
        this(message, null);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, List.of(Problem.of("database.failure", String.valueOf(message))), cause);
    }
}
