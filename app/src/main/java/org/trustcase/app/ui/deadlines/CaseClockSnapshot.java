package org.trustcase.app.ui.deadlines;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.trustcase.model.caseclocks.CaseClockFacts;
import org.trustcase.model.caseclocks.ClockCoverage;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.deadlines.DeadlineEvent;

/**
 * A case's deadlines as read in one background task: the case, its clocks, its stored events, flags and
 * outcomes, the flags that follow from the case itself (decision, assessment, cause) rather than being set, and
 * what its jurisdictions leave without a clock.
 */
public record CaseClockSnapshot(BreachCase breachCase, List<DeadlineClock> clocks, CaseClockFacts facts,
        Set<String> derivedFlags, ClockCoverage coverage) {

    public CaseClockSnapshot {
        Objects.requireNonNull(breachCase, "breachCase");
        clocks = List.copyOf(clocks);
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(facts, "facts");
        derivedFlags = Set.copyOf(derivedFlags);
    }

    /** When {@code event} happened, as recorded; null when it is not. Detection and awareness are case fields. */
    public Instant eventAt(DeadlineEvent event) {
        return switch (event) {
            case AWARE -> breachCase.details().awareAt();
            case DETECTED -> breachCase.details().detectedAt();
            default -> facts.events().get(event);
        };
    }
}
