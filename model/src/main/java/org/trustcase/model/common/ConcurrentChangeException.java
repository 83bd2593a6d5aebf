package org.trustcase.model.common;

import java.util.List;

/** Optimistic locking: the record was changed by someone else since it was read. Nothing was written. */
public final class ConcurrentChangeException extends TrustcaseException {
    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String code, Object... args) {
        super(List.of(Problem.of(code, args)));
    }
}
