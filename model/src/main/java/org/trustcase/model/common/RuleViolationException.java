package org.trustcase.model.common;

/** A request the domain refuses by one of its rules (a workflow guard, an illegal transition). */
public final class RuleViolationException extends TrustcaseException {
    private static final long serialVersionUID = 1L;

    public RuleViolationException(String message) {
        super(message);
    }
}
