package org.trustcase.model.caseclocks;

import java.util.List;
import java.util.Optional;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.deadlines.DeadlineClock;

/** A case with its clocks at one instant. */
public record CaseDeadlines(BreachCase breachCase, List<DeadlineClock> clocks) {
    public CaseDeadlines {
        clocks = List.copyOf(clocks);
    }

    /** Overdue first, then the soonest running clock; empty when nothing runs. */
    public Optional<DeadlineClock> next() {
        return CaseClocks.next(clocks);
    }
}
