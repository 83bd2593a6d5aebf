package org.trustcase.model.caseclocks;

import java.time.Instant;
import java.util.Objects;

/**
 * A clock as the deadline index keeps it: still to be met, either running (with its due instant;
 * overdue once that has passed) or waiting for its trigger event.
 */
public record IndexedClock(String ruleId, boolean running, boolean legal, Instant dueAt) {
    public IndexedClock {
        Objects.requireNonNull(ruleId, "ruleId");
        if (running != (dueAt != null)) {
            throw new IllegalArgumentException("a running clock has a due instant, a waiting one has none");
        }
    }
}
