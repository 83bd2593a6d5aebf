package org.trustcase.model.caseclocks;

import java.util.Objects;
import org.trustcase.model.deadlines.DeadlineClock;

/** One line of the deadlines list: the indexed clock and the clock as computed now from the case's facts. */
public record DeadlineRow(ClockListing listing, DeadlineClock clock) {
    public DeadlineRow {
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(clock, "clock");
    }
}
