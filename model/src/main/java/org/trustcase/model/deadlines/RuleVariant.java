package org.trustcase.model.deadlines;

import java.util.List;
import java.util.Objects;

/**
 * Other time limits for a rule when a condition holds (HIPAA HHS with fewer than 500 subjects; APPI
 * final report for a malicious breach). The first variant whose conditions hold replaces the rule's limits.
 */
public record RuleVariant(Conditions when, List<TimeLimit> limits, String note) {
    public RuleVariant {
        Objects.requireNonNull(when, "when");
        limits = List.copyOf(limits);
        if (limits.isEmpty()) {
            throw new IllegalArgumentException("a variant needs at least one time limit");
        }
    }
}
