package org.trustcase.persistence;

import java.util.List;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.TrustcaseException;

/**
 * A workspace could not be created, opened or used; the message says what is wrong and with which path.
 *
 * <p>The workspace layer reports these in English text (paths and the file system's or driver's own words); its
 * single problem, {@code workspace.failure}, carries that text as its argument.
 */
public final class WorkspaceException extends TrustcaseException {
    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message) {
        this(message, null);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, List.of(Problem.of("workspace.failure", String.valueOf(message))), cause);
    }
}
