package org.trustcase.model.caseclocks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.deadlines.DeadlineEvent;

/**
 * Port: the deadline facts of cases that are not case details — dated events other than
 * detection and awareness (those are fields of the case), regime flags, and clock outcomes.
 * Used inside a transaction.
 */
public interface CaseClockRepository {

    /** The stored deadline facts of one case. */
    CaseClockFacts facts(CaseReference reference);

    /** The stored deadline facts of many cases at once, by reference (cases without any are absent). */
    Map<CaseReference, CaseClockFacts> facts(List<CaseReference> references);

    void putEvent(CaseReference reference, DeadlineEvent event, Instant at);

    void putFlags(CaseReference reference, Set<String> flags);

    /**
     * Records {@code outcome} as the clock's current one, after any earlier, which is kept. An
     * outcome that replaces a standing one carries its correction reason; a withdrawn one leaves the
     * clock without an outcome in {@link #facts}.
     */
    void putOutcome(CaseReference reference, ClockOutcome outcome);
}
