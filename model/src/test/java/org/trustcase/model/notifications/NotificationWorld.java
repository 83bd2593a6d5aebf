package org.trustcase.model.notifications;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.trustcase.model.assessment.AssessmentService;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.caseclocks.CaseClockService;
import org.trustcase.model.caseclocks.CaseClocks;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.common.Actor;
import org.trustcase.model.deadlines.ClockEngine;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityInputs;
import org.trustcase.model.severity.SeverityMethod;
import org.trustcase.model.testing.Access;
import org.trustcase.model.testing.Cases;
import org.trustcase.model.testing.DirectTransactions;
import org.trustcase.model.testing.InMemoryAssessments;
import org.trustcase.model.testing.InMemoryAuditLog;
import org.trustcase.model.testing.InMemoryCaseClocks;
import org.trustcase.model.testing.InMemoryCaseRepository;
import org.trustcase.model.testing.InMemoryDecisions;
import org.trustcase.model.testing.InMemoryNotifications;
import org.trustcase.model.testing.InMemoryOrganisation;
import org.trustcase.model.testing.InMemoryRecipients;
import org.trustcase.model.testing.MutableClock;
import org.trustcase.model.workflow.Guards;
import org.trustcase.model.workflow.Workflow;

/**
 * A Polish case, aware 2026-03-27T10:00Z (the authority's clock due 72 hours later), with the services of its
 * notifications wired on memory.
 */
final class NotificationWorld {
    static final Instant AUTHORITY_DUE = Instant.parse("2026-03-30T10:00:00Z");
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-28T09:00:00Z"));
    final InMemoryCaseRepository caseRepository = new InMemoryCaseRepository();
    final InMemoryAssessments assessmentRepository = new InMemoryAssessments();
    final InMemoryDecisions decisionRepository = new InMemoryDecisions();
    final InMemoryCaseClocks clockRepository = new InMemoryCaseClocks();
    final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    final InMemoryNotifications store = new InMemoryNotifications();
    final InMemoryRecipients recipientStore = new InMemoryRecipients();
    final InMemoryOrganisation organisationStore = new InMemoryOrganisation();
    final DirectTransactions transactions = new DirectTransactions();
    final AuditTrail trail = new AuditTrail(auditLog, clock, () -> new Actor("dpo"));
    final CaseClockService clocks = new CaseClockService(caseRepository, clockRepository, assessmentRepository,
            decisionRepository, new CaseClocks(ClockEngine.standard()), trail, transactions, clock,
            () -> new Actor("dpo"), Access.allowAll(trail, transactions));
    final AssessmentService assessments = new AssessmentService(caseRepository, assessmentRepository,
            decisionRepository, trail, transactions, SeverityMethod.standard(), clock, () -> new Actor("dpo"),
            Access.allowAll(trail, transactions));
    final CaseService cases = new CaseService(caseRepository, trail, transactions, new Workflow(Guards.standard()),
            clock, Access.allowAll(trail, transactions));
    final org.trustcase.model.caseclocks.ClockSettlement settlement = new org.trustcase.model.caseclocks
            .ClockSettlement(clockRepository, assessmentRepository, decisionRepository,
                    new CaseClocks(ClockEngine.standard()), trail, () -> new Actor("dpo"),
                    org.trustcase.model.cases.CaseChangeListener.NONE);
    final NotificationService notifications = new NotificationService(caseRepository, assessmentRepository, store,
            settlement, trail, transactions, Access.allowAll(trail, transactions), clock, () -> new Actor("dpo"));
    final RecipientService recipients = new RecipientService(caseRepository, recipientStore, trail, transactions,
            Access.allowAll(trail, transactions), clock);
    final LetterService letters = new LetterService(caseRepository, store, store, recipientStore, organisationStore,
            store, assessmentRepository, settlement, trail, transactions, Access.allowAll(trail, transactions), clock,
            () -> new Actor("dpo"));
    final CaseReference ref = cases.open(Cases.complete().toBuilder().jurisdictions(List.of(new Jurisdiction("PL")))
            .build()).reference();

    /** Assesses the case as high risk and decides to tell both the authority and the data subjects. */
    void decideToTellEveryone() {
        assessments.assess(ref, new SeverityInputs(DataType.FINANCIAL, List.of(), IdentificationEase.MAXIMUM,
                new BigDecimal("0.5"), BigDecimal.ZERO, BigDecimal.ZERO, false), "Card fraud likely");
        assessments.decide(ref, new DecisionDraft(true, "Card data", true, "Customers must block their cards", null,
                null));
    }

    DeadlineClock clock(String ruleId) {
        return clocks.list(ref).clocks().stream().filter(c -> c.rule().id().equals(ruleId)).findFirst()
                .orElseThrow();
    }
}
