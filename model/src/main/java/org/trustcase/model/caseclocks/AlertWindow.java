package org.trustcase.model.caseclocks;

import java.time.Duration;

/**
 * How close a legal deadline is: passed, or due within 1, 6 or 24 hours. A clock is in the most
 * urgent window it has reached; each window starts where the next more urgent one ends.
 */
public enum AlertWindow {
    PASSED(Duration.ZERO),
    WITHIN_1H(Duration.ofHours(1)),
    WITHIN_6H(Duration.ofHours(6)),
    WITHIN_24H(Duration.ofHours(24));

    private final Duration before;

    AlertWindow(Duration before) {
        this.before = before;
    }

    /** How long before the due instant the window opens. */
    public Duration before() {
        return before;
    }

    /** The next more urgent window, or null for {@link #PASSED}. */
    public AlertWindow moreUrgent() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }
}
