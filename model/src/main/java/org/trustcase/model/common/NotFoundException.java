package org.trustcase.model.common;

/** A referenced thing (a case reference, say) does not exist. */
public final class NotFoundException extends TrustcaseException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
