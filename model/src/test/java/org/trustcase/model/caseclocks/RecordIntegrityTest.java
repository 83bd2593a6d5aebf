package org.trustcase.model.caseclocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trustcase.model.assessment.AssessmentService;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.assessment.DecisionRecordedGuard;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.TrustcaseException;
import org.trustcase.model.deadlines.ClockEngine;
import org.trustcase.model.deadlines.ClockStatus;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.deadlines.DeadlineEvent;
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
import org.trustcase.model.testing.MutableClock;
import org.trustcase.model.workflow.Guards;
import org.trustcase.model.workflow.TransitionGuard;
import org.trustcase.model.workflow.Workflow;

/** Settled cases stay settled; a notified case is not dismissed; four eyes on every sign-off. */
class RecordIntegrityTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-28T09:00:00Z"));
    private final InMemoryCaseRepository caseRepository = new InMemoryCaseRepository();
    private final InMemoryAssessments assessmentRepository = new InMemoryAssessments();
    private final InMemoryDecisions decisionRepository = new InMemoryDecisions();
    private final InMemoryCaseClocks clockRepository = new InMemoryCaseClocks();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final DirectTransactions transactions = new DirectTransactions();
    private Actor actor = new Actor("dpo");
    private final AuditTrail trail = new AuditTrail(auditLog, clock, () -> actor);
    private final CaseClocks caseClocks = new CaseClocks(ClockEngine.standard());
    private final CaseClockService clocks = new CaseClockService(caseRepository, clockRepository, assessmentRepository,
            decisionRepository, caseClocks, trail, transactions, clock, () -> actor, Access.allowAll(trail, transactions));
    private final AssessmentService assessments = new AssessmentService(caseRepository, assessmentRepository,
            decisionRepository, trail, transactions, SeverityMethod.standard(), clock, () -> actor,
            Access.allowAll(trail, transactions));
    private CaseService cases;
    private CaseReference ref;

    private static final SeverityInputs LOW = new SeverityInputs(DataType.SIMPLE, List.of(), IdentificationEase.LIMITED,
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, false);
    private static final DecisionDraft NOTIFY_NOBODY = new DecisionDraft(false, "Unlikely to result in a risk", false,
            "No risk", null, "Health data was a single appointment date");

    @BeforeEach
    void openPolishCase() {
        List<TransitionGuard> guards = new ArrayList<>(Guards.standard());
        guards.add(new DecisionRecordedGuard(assessmentRepository, decisionRepository));
        guards.add(new LegalClocksSettledGuard(clockRepository, assessmentRepository, decisionRepository, caseClocks, clock));
        guards.add(new NotifiedNotDismissedGuard(clockRepository, decisionRepository));
        cases = new CaseService(caseRepository, trail, transactions, new Workflow(guards), clock,
                Access.allowAll(trail, transactions));
        CaseDetails details = Cases.complete().toBuilder().jurisdictions(List.of(new Jurisdiction("PL"))).build();
        ref = cases.open(details).reference();
    }

    /** What a refused request must leave as it was. */
    private record Stored(BreachCase breachCase, CaseClockFacts facts, int assessments, int decisions, int events) {
    }

    private Stored stored() {
        return new Stored(cases.get(ref), clocks.facts(ref), assessments.assessments(ref).size(),
                assessments.decisions(ref).size(), auditLog.list(ref.toString()).size());
    }

    private void refusedUnchanged(ThrowingCallable change, String message) {
        Stored before = stored();
        assertThatThrownBy(change).isInstanceOf(TrustcaseException.class).hasMessage(message);
        assertThat(stored()).isEqualTo(before);
    }

    private void close() {
        assessments.assess(ref, LOW, null);
        assessments.decide(ref, NOTIFY_NOBODY);
        clocks.waive(ref, "GDPR-SA", "Art. 33(1): unlikely to result in a risk (decision v1)");
        cases.move(ref, null, CaseStatus.TRIAGE, null);
        cases.move(ref, null, CaseStatus.INVESTIGATING, null);
        cases.move(ref, null, CaseStatus.CLOSED, null);
    }

    private void refusesEveryChange(String status) {
        String settled = "case.settled(" + ref + ", " + status + ")";
        BreachCase current = cases.get(ref);
        refusedUnchanged(() -> cases.update(ref, current.version(),
                current.details().toBuilder().title("Rewritten afterwards").build()), settled);
        refusedUnchanged(() -> clocks.recordEvent(ref, DeadlineEvent.AWARE, Instant.parse("2026-03-27T11:00:00Z")), settled);
        refusedUnchanged(() -> clocks.recordEvent(ref, DeadlineEvent.DETERMINATION, Instant.parse("2026-03-27T11:00:00Z")),
                settled);
        refusedUnchanged(() -> clocks.setFlags(ref, Set.of("nis2-entity")), settled);
        refusedUnchanged(() -> clocks.meet(ref, "GDPR-SA", Instant.parse("2026-03-28T08:00:00Z"), null), settled);
        refusedUnchanged(() -> clocks.waive(ref, "GDPR-SA", "Art. 33(1)"), settled);
        refusedUnchanged(() -> assessments.assess(ref, LOW, "again"), settled);
        refusedUnchanged(() -> assessments.decide(ref, NOTIFY_NOBODY), settled);
    }

    @Test
    void aClosedCaseRefusesEveryChangeUntilReopenedWithAReason() {
        close();
        refusesEveryChange("CLOSED");
        actor = new Actor("legal.reviewer");
        refusedUnchanged(() -> assessments.signOff(ref, 1), "case.settled(" + ref + ", CLOSED)");

        actor = new Actor("dpo");
        assertThatThrownBy(() -> cases.move(ref, null, CaseStatus.INVESTIGATING, " "))
                .hasMessage("refused(transition.cannot-reopen, guard.reason)");
        cases.move(ref, null, CaseStatus.INVESTIGATING, "The processor found a second copy of the export");
        BreachCase reopened = cases.get(ref);
        BreachCase edited = cases.update(ref, reopened.version(),
                reopened.details().toBuilder().title("Stolen laptop and a second copy").build());
        assertThat(edited.details().title()).isEqualTo("Stolen laptop and a second copy");
    }

    @Test
    void aCaseDismissedAsNotABreachRefusesEveryChangeUntilReopened() {
        cases.move(ref, null, CaseStatus.NOT_A_BREACH, "The laptop was found in the office; the disk was never read");
        refusesEveryChange("NOT_A_BREACH");
        cases.move(ref, null, CaseStatus.TRIAGE, "It was another laptop");
        clocks.setFlags(ref, Set.of("nis2-entity"));
        assertThat(clocks.facts(ref).flags()).containsExactly("nis2-entity");
    }

    @Test
    void aCaseWhoseAuthorityWasNotifiedIsNotDismissed() {
        clocks.meet(ref, "GDPR-SA", Instant.parse("2026-03-28T08:00:00Z"), null);
        refusedUnchanged(() -> cases.move(ref, null, CaseStatus.NOT_A_BREACH, "Turned out harmless"),
                "refused(transition.cannot-dismiss, guard.notified.met(GDPR-SA, 2026-03-28T08:00:00Z))");
        assertThat(cases.get(ref).status()).isEqualTo(CaseStatus.NEW);
    }

    @Test
    void aCaseWhoseDecisionSaysToNotifyIsNotDismissedUntilTheDecisionChanges() {
        assessments.assess(ref, LOW, null);
        assessments.decide(ref, new DecisionDraft(true, "The customers' health data", false, "No contact details",
                null, "Health data weighs more than the score says"));
        refusedUnchanged(() -> cases.move(ref, null, CaseStatus.NOT_A_BREACH, "Turned out harmless"),
                "refused(transition.cannot-dismiss, guard.notified.decision(1))");
        assessments.decide(ref, NOTIFY_NOBODY);
        assertThat(cases.move(ref, null, CaseStatus.NOT_A_BREACH, "Turned out harmless").status())
                .isEqualTo(CaseStatus.NOT_A_BREACH);
    }

    @Test
    void aDecisionIsNotSignedOffByTheOneWhoRecordedIt() {
        assessments.assess(ref, LOW, null);
        assessments.decide(ref, NOTIFY_NOBODY);
        clock.advance(Duration.ofMinutes(5));
        refusedUnchanged(() -> assessments.signOff(ref, 1), "decision.sign-off-by-recorder(1, dpo, dpo)");
        assertThat(assessments.decisions(ref).get(0).signOff()).isNull();
        actor = new Actor("legal.reviewer");
        assertThat(assessments.signOff(ref, 1).signOff().reviewer()).isEqualTo("legal.reviewer");
    }

    @Test
    void aWrongOutcomeIsCorrectedWithAReasonAndTheEarlierOneStaysInTheHistory() {
        refusedUnchanged(() -> clocks.correct(ref, "GDPR-SA", ClockOutcome.Kind.WITHDRAWN, null, null, "Wrong case"),
                "clock.no-outcome-to-correct(GDPR-SA, " + ref + ")");
        clocks.meet(ref, "GDPR-SA", Instant.parse("2026-03-28T08:00:00Z"), null);
        refusedUnchanged(() -> clocks.correct(ref, "GDPR-SA", ClockOutcome.Kind.MET,
                Instant.parse("2026-03-27T11:00:00Z"), null, " "), "correctionReason: clock.correction-reason-required");
        refusedUnchanged(() -> clocks.correct(ref, "GDPR-SA", ClockOutcome.Kind.MET,
                Instant.parse("2026-01-01T00:00:00Z"), null, "Typed the wrong day"),
                "at: clock.met-before-trigger(GDPR-SA, 2026-01-01T00:00:00Z, aware, 2026-03-27T10:00:00Z)");
        refusedUnchanged(() -> clocks.correct(ref, "GDPR-SA", ClockOutcome.Kind.MET,
                Instant.parse("2026-03-29T00:00:00Z"), null, "Typed the wrong day"),
                "at: validation.in-future(2026-03-29T00:00:00Z)");

        DeadlineClock corrected = clocks.correct(ref, "GDPR-SA", ClockOutcome.Kind.MET,
                Instant.parse("2026-03-27T11:00:00Z"), null, "Typed the wrong day");
        assertThat(corrected.status()).isEqualTo(ClockStatus.MET);
        assertThat(corrected.met().at()).isEqualTo(Instant.parse("2026-03-27T11:00:00Z"));
        assertThat(auditLog.list(ref.toString())).last().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.CLOCK_OUTCOME_CORRECTED);
            assertThat(event.changes()).containsExactly(
                    new FieldChange("GDPR-SA", "met 2026-03-28T08:00:00Z", "met 2026-03-27T11:00:00Z"));
            assertThat(event.reason()).isEqualTo("Typed the wrong day");
        });

        clocks.correct(ref, "GDPR-SA", ClockOutcome.Kind.WITHDRAWN, null, null, "The e-mail never left the outbox");
        assertThat(clocks.facts(ref).outcomes()).isEmpty();
        assertThat(clocks.list(ref).clocks()).filteredOn(k -> k.rule().id().equals("GDPR-SA")).singleElement()
                .extracting(DeadlineClock::status).isEqualTo(ClockStatus.RUNNING);
        assertThat(auditLog.list(ref.toString())).extracting(AuditEvent::action).containsSubsequence(
                AuditAction.CLOCK_MET, AuditAction.CLOCK_OUTCOME_CORRECTED, AuditAction.CLOCK_OUTCOME_CORRECTED);
        assertThat(clocks.meet(ref, "GDPR-SA", Instant.parse("2026-03-28T08:30:00Z"), null).status())
                .isEqualTo(ClockStatus.MET);
    }
}
