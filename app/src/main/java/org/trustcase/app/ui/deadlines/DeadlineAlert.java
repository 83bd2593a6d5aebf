package org.trustcase.app.ui.deadlines;

import java.util.Objects;

/** One announcement of a legal deadline: which clock of which case, and which threshold it reached. */
public record DeadlineAlert(DeadlineEntry entry, AlertThreshold threshold) {
    public DeadlineAlert {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(threshold, "threshold");
    }
}
