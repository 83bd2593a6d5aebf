package org.trustcase.persistence.bulk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.caseclocks.CaseClockFacts;
import org.trustcase.model.caseclocks.IndexedClock;
import org.trustcase.model.cases.BreachCase;

/**
 * One case with everything recorded about it, as made elsewhere (a generator's staged batch): the case as it
 * stands, when it entered its closed status (if closed), its audit events in the order they happened, its
 * assessment and decision versions, its deadline facts and its indexed clocks.
 */
public record WholeCase(
        BreachCase breachCase,
        Instant closedAt,
        List<AuditEvent> events,
        List<Assessment> assessments,
        List<NotificationDecision> decisions,
        CaseClockFacts facts,
        List<IndexedClock> clocks) {

    public WholeCase {
        Objects.requireNonNull(breachCase, "breachCase");
        events = List.copyOf(events);
        assessments = List.copyOf(assessments);
        decisions = List.copyOf(decisions);
        Objects.requireNonNull(facts, "facts");
        clocks = List.copyOf(clocks);
    }
}
