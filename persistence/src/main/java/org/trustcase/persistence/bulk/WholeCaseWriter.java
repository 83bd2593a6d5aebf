package org.trustcase.persistence.bulk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trustcase.model.assessment.AssessmentRepository;
import org.trustcase.model.assessment.DecisionRepository;
import org.trustcase.model.audit.AuditLog;
import org.trustcase.model.caseclocks.CaseClockRepository;
import org.trustcase.model.caseclocks.ClockIndex;
import org.trustcase.model.caseclocks.IndexedClock;
import org.trustcase.persistence.cases.JooqCaseRepository;

/**
 * Writes whole cases through the repositories, in the caller's transaction, each row exactly as the use cases
 * would have left it; the deadline index of the lot is written at once. Writing a finished case costs a
 * fraction of replaying its use cases against the database (no reads, each row written once), which is what
 * lets a generator fill a workspace with a million cases.
 */
public final class WholeCaseWriter {
    private final JooqCaseRepository cases;
    private final AuditLog audit;
    private final AssessmentRepository assessments;
    private final DecisionRepository decisions;
    private final CaseClockRepository facts;
    private final ClockIndex index;

    public WholeCaseWriter(JooqCaseRepository cases, AuditLog audit, AssessmentRepository assessments,
            DecisionRepository decisions, CaseClockRepository facts, ClockIndex index) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.index = Objects.requireNonNull(index, "index");
    }

    /** Stores {@code whole} in the given order (so the audit trail keeps its order); inside a transaction. */
    public void write(List<WholeCase> whole) {
        Map<Long, List<IndexedClock>> clocksByCaseId = new LinkedHashMap<>();
        for (WholeCase w : whole) {
            long id = cases.restore(w.breachCase(), w.closedAt());
            w.events().forEach(audit::append);
            w.assessments().forEach(assessments::insert);
            w.decisions().forEach(decisions::insert);
            var reference = w.breachCase().reference();
            w.facts().events().forEach((event, at) -> facts.putEvent(reference, event, at));
            if (!w.facts().flags().isEmpty()) {
                facts.putFlags(reference, w.facts().flags());
            }
            w.facts().outcomes().values().forEach(outcome -> facts.putOutcome(reference, outcome));
            if (!w.clocks().isEmpty()) {
                clocksByCaseId.put(id, w.clocks());
            }
        }
        index.replaceAll(clocksByCaseId);
    }
}
