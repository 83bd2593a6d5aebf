package org.trustcase.model.access;

import java.util.List;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.TrustcaseException;

/** A use case was asked for while nobody was signed in to the workspace. */
public final class NotSignedInException extends TrustcaseException {
    private static final long serialVersionUID = 1L;

    public NotSignedInException() {
        super(List.of(Problem.of("access.not-signed-in")));
    }
}
