package org.trustcase.app.bootstrap.staging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustcase.model.assessment.AssessmentRepository;
import org.trustcase.model.assessment.DecisionRepository;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditLog;
import org.trustcase.model.caseclocks.CaseClockRepository;
import org.trustcase.model.caseclocks.ClockIndex;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.common.TransactionHooks;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.persistence.bulk.WholeCase;

/**
 * A batch of cases made by the real use cases against memory instead of the database: the ports they write
 * to, and {@link #drain()}, which hands over each finished case with everything recorded about it, to be
 * written in one go, and starts the next batch (numbering carries on). A use case that fails leaves its
 * partial changes here: a batch is written only when all of its work succeeded.
 */
public final class StagedBatch {
    private final StagedCases cases = new StagedCases();
    private final StagedAuditLog audit = new StagedAuditLog();
    private final StagedAssessments assessments = new StagedAssessments();
    private final StagedDecisions decisions = new StagedDecisions();
    private final StagedCaseClocks facts = new StagedCaseClocks();
    private final StagedClockIndex index = new StagedClockIndex(cases);
    private final InlineTransactions transactions = new InlineTransactions();

    public CaseRepository cases() {
        return cases;
    }

    public AuditLog auditLog() {
        return audit;
    }

    public AssessmentRepository assessments() {
        return assessments;
    }

    public DecisionRepository decisions() {
        return decisions;
    }

    public CaseClockRepository caseClocks() {
        return facts;
    }

    public ClockIndex clockIndex() {
        return index;
    }

    public TransactionRunner transactions() {
        return transactions;
    }

    public TransactionHooks transactionHooks() {
        return transactions;
    }

    /**
     * The staged cases in the order they were opened, each with its audit events in the order they happened;
     * empties the batch. Every event must belong to a staged case, and a case's events must not interleave
     * with another's (they are written case by case, and the trail's order must survive that).
     */
    public List<WholeCase> drain() {
        Map<String, List<AuditEvent>> eventsByCase = new LinkedHashMap<>();
        String current = null;
        for (AuditEvent e : audit.list()) {
            String reference = e.caseReference();
            if (reference == null || (!reference.equals(current) && eventsByCase.containsKey(reference))) {
                throw new IllegalStateException("the audit event " + e.action() + " of " + reference
                        + " would change place in the trail when its batch is written case by case");
            }
            current = reference;
            eventsByCase.computeIfAbsent(reference, k -> new ArrayList<>()).add(e);
        }
        List<WholeCase> whole = new ArrayList<>();
        for (BreachCase c : cases.staged()) {
            whole.add(new WholeCase(c, cases.closedAt(c.reference()),
                    eventsByCase.getOrDefault(c.reference().toString(), List.of()),
                    assessments.list(c.reference()), decisions.list(c.reference()),
                    facts.facts(c.reference()), index.of(c.id())));
            eventsByCase.remove(c.reference().toString());
        }
        if (!eventsByCase.isEmpty()) {
            throw new IllegalStateException("audit events of cases not in the batch: " + eventsByCase.keySet());
        }
        cases.clear();
        audit.clear();
        assessments.clear();
        decisions.clear();
        facts.clear();
        index.clear();
        return whole;
    }

    /** Runs the hooks the use cases registered, once the batch's write has committed or failed. */
    public void written(boolean committed) {
        transactions.ended(committed);
    }
}
