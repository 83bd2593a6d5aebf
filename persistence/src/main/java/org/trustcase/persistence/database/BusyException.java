package org.trustcase.persistence.database;

import java.util.List;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.TrustcaseException;

/**
 * The workspace is busy: another process holds what this one needs (SQLite's write lock, or the workspace
 * alone for a migration or a restore) for longer than this one was allowed to wait. Nothing was changed; the
 * same request may succeed later.
 *
 * <p>Reported in English text, like {@link DatabaseException}; its single problem, {@value #CODE}, carries that
 * text as its argument.
 */
public final class BusyException extends TrustcaseException {
    /** The problem code of a busy workspace. */
    public static final String CODE = "workspace.busy";
    private static final long serialVersionUID = 1L;

    public BusyException(String message) {
        this(message, null);
    }

    public BusyException(String message, Throwable cause) {
        super(message, List.of(Problem.of(CODE, String.valueOf(message))), cause);
    }
}
