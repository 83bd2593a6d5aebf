package org.trustcase.app.ui.deadlines;

import java.time.Duration;
import org.trustcase.model.common.Coded;

/**
 * When a legal deadline is announced: 24 hours, 6 hours and 1 hour before it, and when it passes. The code
 * names the alert's texts ({@code deadlines.alert.six-hours}).
 */
public enum AlertThreshold implements Coded {
    DAY(Duration.ofHours(24)),
    SIX_HOURS(Duration.ofHours(6)),
    HOUR(Duration.ofHours(1)),
    PASSED(Duration.ZERO);

    private final Duration before;

    AlertThreshold(Duration before) {
        this.before = before;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** How long before the due instant the alert is given. */
    public Duration before() {
        return before;
    }
}
