package org.trustcase.model.caseclocks;

import java.util.List;
import java.util.Objects;
import org.trustcase.model.deadlines.DeadlineClock;

/** A case's clocks now, with what its jurisdictions leave uncovered (a case with no clock says why). */
public record CaseClockList(List<DeadlineClock> clocks, ClockCoverage coverage) {
    public CaseClockList {
        clocks = List.copyOf(clocks);
        Objects.requireNonNull(coverage, "coverage");
    }
}
