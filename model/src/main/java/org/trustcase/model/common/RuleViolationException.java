package org.trustcase.model.common;

import java.util.List;

/** A request the domain refuses by one of its rules (a workflow guard, an illegal transition). */
public final class RuleViolationException extends TrustcaseException {
    private static final long serialVersionUID = 1L;

    public RuleViolationException(List<Problem> problems) {
        super(problems);
    }

    public RuleViolationException(String code, Object... args) {
        this(List.of(Problem.of(code, args)));
    }
}
