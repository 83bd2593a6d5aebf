package org.trustcase.model.deadlines;

import java.util.Objects;

/** A yes/no fact about a case that rules depend on, declared in the rule file with what it means. */
public record RuleFlag(String code, String description) {
    public RuleFlag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
    }
}
