package org.trustcase.model.common;

import java.util.List;

/** A referenced thing (a case reference, say) does not exist. */
public final class NotFoundException extends TrustcaseException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String code, Object... args) {
        super(List.of(Problem.of(code, args)));
    }
}
