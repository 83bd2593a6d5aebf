package org.trustcase.model.caseclocks;

import java.util.List;
import java.util.Objects;

/**
 * The legal clocks of open cases that entered {@code window} between two instants (at the first
 * look: that are in it), counted, with the first few of them (the most urgent first).
 */
public record AlertCrossings(AlertWindow window, long count, List<ClockListing> first) {
    public AlertCrossings {
        Objects.requireNonNull(window, "window");
        first = List.copyOf(first);
    }
}
