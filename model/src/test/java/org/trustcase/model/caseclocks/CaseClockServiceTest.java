package org.trustcase.model.caseclocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trustcase.model.assessment.AssessmentService;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.assessment.DecisionRecordedGuard;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.ValidationException;
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

class CaseClockServiceTest {
    // aware 2026-03-27T10:00Z (Cases.AWARE): GDPR-SA due 72 h later, 2026-03-30T10:00Z
    private static final Instant GDPR_DUE = Instant.parse("2026-03-30T10:00:00Z");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-28T09:00:00Z"));
    private final InMemoryCaseRepository caseRepository = new InMemoryCaseRepository();
    private final InMemoryAssessments assessmentRepository = new InMemoryAssessments();
    private final InMemoryDecisions decisionRepository = new InMemoryDecisions();
    private final InMemoryCaseClocks clockRepository = new InMemoryCaseClocks();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final DirectTransactions transactions = new DirectTransactions();
    private final AuditTrail trail = new AuditTrail(auditLog, clock, () -> new Actor("dpo"));
    private final CaseClocks caseClocks = new CaseClocks(ClockEngine.standard());
    private final CaseClockService service = new CaseClockService(caseRepository, clockRepository, assessmentRepository,
            decisionRepository, caseClocks, trail, transactions, clock, () -> new Actor("dpo"),
            Access.allowAll(trail, transactions));
    private final AssessmentService assessments = new AssessmentService(caseRepository, assessmentRepository,
            decisionRepository, trail, transactions, SeverityMethod.standard(), clock, () -> new Actor("dpo"),
            Access.allowAll(trail, transactions));
    private CaseService cases;
    private CaseReference ref;

    @BeforeEach
    void openPolishCase() {
        List<TransitionGuard> guards = new ArrayList<>(Guards.standard());
        guards.add(new DecisionRecordedGuard(assessmentRepository, decisionRepository));
        guards.add(new LegalClocksSettledGuard(clockRepository, assessmentRepository, decisionRepository, caseClocks, clock));
        cases = new CaseService(caseRepository, trail, transactions, new Workflow(guards), clock,
                Access.allowAll(trail, transactions));
        CaseDetails details = Cases.complete().toBuilder().jurisdictions(List.of(new Jurisdiction("PL"))).build();
        ref = cases.open(details).reference();
    }

    private DeadlineClock clock(String ruleId) {
        return service.list(ref).clocks().stream().filter(c -> c.rule().id().equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    void awarenessStartsTheGdprClockInTheCasesJurisdiction() {
        DeadlineClock gdpr = clock("GDPR-SA");
        assertThat(gdpr.status()).isEqualTo(ClockStatus.RUNNING);
        assertThat(gdpr.dueAt()).isEqualTo(GDPR_DUE);
        assertThat(gdpr.zone().getId()).isEqualTo("Europe/Warsaw");
        assertThat(clock("GDPR-DS").status()).isEqualTo(ClockStatus.NOT_APPLICABLE);
        clock.set(GDPR_DUE.plusSeconds(1));
        assertThat(clock("GDPR-SA").status()).isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void recordingAwarenessMovesTheClockAndIsAudited() {
        service.recordEvent(ref, DeadlineEvent.AWARE, Instant.parse("2026-03-27T12:00:00Z"));
        assertThat(clock("GDPR-SA").dueAt()).isEqualTo(Instant.parse("2026-03-30T12:00:00Z"));
        AuditEvent event = auditLog.list(ref.toString()).get(1);
        assertThat(event.action()).isEqualTo(AuditAction.CASE_EVENT_RECORDED);
        assertThat(event.changes()).containsExactly(
                new FieldChange("aware", "2026-03-27T10:00:00Z", "2026-03-27T12:00:00Z"));
        assertThat(cases.get(ref).details().awareAt()).isEqualTo(Instant.parse("2026-03-27T12:00:00Z"));
        assertThat(cases.get(ref).version()).isEqualTo(2);
    }

    @Test
    void eventsOutsideTheCaseFieldsAreStoredAndValidated() {
        service.setFlags(ref, Set.of("nis2-entity"));
        assertThat(clock("NIS2-FINAL").status()).isEqualTo(ClockStatus.WAITING);
        service.recordEvent(ref, DeadlineEvent.INITIAL_NOTIFICATION, Instant.parse("2026-03-28T08:00:00Z"));
        assertThat(clock("NIS2-FINAL").status()).isEqualTo(ClockStatus.RUNNING);
        assertThatThrownBy(() -> service.recordEvent(ref, DeadlineEvent.DETERMINATION, Instant.parse("2027-01-01T00:00:00Z")))
                .isInstanceOf(ValidationException.class).hasMessage("determination: validation.in-future(2027-01-01T00:00:00Z)");
        assertThatThrownBy(() -> service.recordEvent(ref, DeadlineEvent.AWARE, Instant.parse("2026-03-20T00:00:00Z")))
                .hasMessageContaining("awareAt: case.aware-before-detected(field(detectedAt))");
    }

    @Test
    void flagsAreCheckedAgainstTheRuleFileAndAudited() {
        assertThatThrownBy(() -> service.setFlags(ref, Set.of("nis3-entity"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("nis3-entity");
        service.setFlags(ref, Set.of("dora-financial-entity", "nis2-entity"));
        assertThat(service.facts(ref).flags()).containsExactly("dora-financial-entity", "nis2-entity");
        assertThat(auditLog.list(ref.toString())).last().extracting(AuditEvent::action)
                .isEqualTo(AuditAction.CASE_FLAGS_CHANGED);
    }

    @Test
    void meetingOnTimeNeedsNoReasonMeetingLateDoes() {
        DeadlineClock met = service.meet(ref, "GDPR-SA", Instant.parse("2026-03-28T08:00:00Z"), null);
        assertThat(met.status()).isEqualTo(ClockStatus.MET);
        assertThat(met.met().delayReason()).isNull();

        clock.set(Instant.parse("2026-04-02T09:00:00Z"));
        CaseReference late = cases.open(Cases.complete().toBuilder().jurisdictions(List.of(new Jurisdiction("DE")))
                .build()).reference();
        Instant lateAt = Instant.parse("2026-04-01T09:00:00Z");
        assertThatThrownBy(() -> service.meet(late, "GDPR-SA", lateAt, " "))
                .isInstanceOf(ValidationException.class)
                .hasMessage("delayReason: clock.delay-reason-required(GDPR-SA, 2026-04-01T09:00:00Z, "
                        + "2026-03-30T10:00:00Z)");
        DeadlineClock metLate = service.meet(late, "GDPR-SA", lateAt, "Forensics needed to identify the data");
        assertThat(metLate.metLate()).isTrue();
        assertThat(metLate.met().delayReason()).isEqualTo("Forensics needed to identify the data");
        assertThat(auditLog.list(late.toString())).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CLOCK_MET);
            assertThat(e.reason()).isEqualTo("Forensics needed to identify the data");
        });
    }

    @Test
    void clocksThatDoNotApplyOrWaitCannotBeMet() {
        assertThatThrownBy(() -> service.meet(ref, "HIPAA-HHS", clock.instant(), null))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("clock.jurisdictions-not-covered(HIPAA-HHS, ");
        assertThatThrownBy(() -> service.meet(ref, "GDPR-DS", clock.instant(), null))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("clock.not-applicable(clock.cannot-mark-met(GDPR-DS), ");
        assertThatThrownBy(() -> service.meet(ref, "NOPE-1", clock.instant(), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("NOPE-1");
        service.meet(ref, "GDPR-SA", clock.instant(), null);
        assertThatThrownBy(() -> service.meet(ref, "GDPR-SA", clock.instant(), null)).hasMessageStartingWith("clock.already-met(clock.cannot-mark-met(GDPR-SA), ");
    }

    @Test
    void aDecisionToTellSubjectsStartsTheSubjectsClock() {
        assessments.assess(ref, new SeverityInputs(DataType.FINANCIAL, List.of(), IdentificationEase.MAXIMUM,
                new BigDecimal("0.5"), BigDecimal.ZERO, BigDecimal.ZERO, false), null);
        assessments.decide(ref, new DecisionDraft(true, "risk", true, "high risk", null, null));
        assertThat(clock("GDPR-DS").status()).isEqualTo(ClockStatus.RUNNING);
    }

    @Test
    void closingWaitsForEveryLegalClock() {
        assessments.assess(ref, new SeverityInputs(DataType.SIMPLE, List.of(), IdentificationEase.LIMITED,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, false), null);
        assessments.decide(ref, new DecisionDraft(false, "Unlikely to result in a risk", false, "No risk", null,
                "Health data was a single appointment date"));
        cases.move(ref, null, CaseStatus.TRIAGE, null);
        cases.move(ref, null, CaseStatus.INVESTIGATING, null);
        assertThatThrownBy(() -> cases.move(ref, null, CaseStatus.CLOSED, null))
                .hasMessageStartingWith("refused(transition.cannot-close, guard.legal-clocks("
                        + "[guard.legal-clocks.clock(GDPR-SA, running, 2026-03-30T10:00:00Z)");
        assertThatThrownBy(() -> service.waive(ref, "GDPR-SA", " ")).hasMessage("reason: clock.waive-ground-required");
        DeadlineClock waived = service.waive(ref, "GDPR-SA", "Art. 33(1): unlikely to result in a risk (decision v1)");
        assertThat(waived.status()).isEqualTo(ClockStatus.WAIVED);
        clock.advance(Duration.ofDays(10));
        assertThat(cases.move(ref, null, CaseStatus.CLOSED, null).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aClockIsNotMetBeforeItsTriggerBeforeAwarenessOrInTheFuture() {
        CaseClockFacts before = service.facts(ref);
        int events = auditLog.list(ref.toString()).size();
        // aware 2026-03-27T10:00Z: GDPR-SA counts from awareness
        assertThatThrownBy(() -> service.meet(ref, "GDPR-SA", Instant.parse("2026-01-01T00:00:00Z"), null))
                .isInstanceOf(ValidationException.class)
                .hasMessage("at: clock.met-before-trigger(GDPR-SA, 2026-01-01T00:00:00Z, aware, 2026-03-27T10:00:00Z)");
        assertThatThrownBy(() -> service.meet(ref, "GDPR-SA", clock.instant().plusSeconds(60), null))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("at: validation.in-future(");
        // NIS2-FINAL counts from the initial notification, which may come before awareness was recorded as it is now
        service.setFlags(ref, Set.of("nis2-entity"));
        service.recordEvent(ref, DeadlineEvent.INITIAL_NOTIFICATION, Instant.parse("2026-03-27T09:00:00Z"));
        CaseClockFacts flagged = service.facts(ref);
        int flaggedEvents = auditLog.list(ref.toString()).size();
        assertThatThrownBy(() -> service.meet(ref, "NIS2-FINAL", Instant.parse("2026-03-27T09:30:00Z"), null))
                .isInstanceOf(ValidationException.class)
                .hasMessage("at: clock.met-before-aware(NIS2-FINAL, 2026-03-27T09:30:00Z, 2026-03-27T10:00:00Z)");
        assertThat(service.facts(ref)).isEqualTo(flagged);
        assertThat(auditLog.list(ref.toString())).hasSize(flaggedEvents);
        assertThat(before.outcomes()).isEmpty();
        assertThat(events).isLessThan(flaggedEvents);
        assertThat(service.meet(ref, "GDPR-SA", Cases.AWARE, null).status()).isEqualTo(ClockStatus.MET);
    }

    private void highRiskAssessed() {
        // financial 3 × maximum 1 + 0.5 = 3.5: the suggestion is a high risk, so high-risk is derived with the decision
        assessments.assess(ref, new SeverityInputs(DataType.FINANCIAL, List.of(), IdentificationEase.MAXIMUM,
                new BigDecimal("0.5"), BigDecimal.ZERO, BigDecimal.ZERO, false), null);
    }

    @Test
    void theHighRiskDerivationNeverOverridesADecisionNotToTellTheSubjects() {
        highRiskAssessed();
        assessments.decide(ref, new DecisionDraft(true, "Card data", false, "Cards blocked before any use", null,
                "The bank blocked every card within the hour"));
        var flags = CaseClocks.effectiveFlags(cases.get(ref), service.facts(ref),
                decisionRepository.latest(ref), assessmentRepository.latest(ref));
        assertThat(flags).as("the high-risk derivation still holds").contains(CaseClocks.HIGH_RISK)
                .doesNotContain(CaseClocks.NOTIFY_SUBJECTS);
        DeadlineClock subjects = clock("GDPR-DS");
        assertThat(subjects.status()).isEqualTo(ClockStatus.NOT_APPLICABLE);
        assertThat(subjects.dueAt()).isNull();
        assertThat(subjects.reason()).hasToString("clock.reason.decided-not-to-tell(1)");
        assertThat(CaseClocks.next(service.list(ref).clocks())).get().extracting(k -> k.rule().id()).isEqualTo("GDPR-SA");

        assessments.decide(ref, new DecisionDraft(true, "Card data", false, null,
                org.trustcase.model.assessment.Art34Exception.DISPROPORTIONATE_EFFORT, "No addresses for most customers"));
        assertThat(clock("GDPR-DS").status()).isEqualTo(ClockStatus.NOT_APPLICABLE);
        assertThat(clock("GDPR-DS").reason()).hasToString("clock.reason.decided-not-to-tell-under(2, 34-3-c)");

        assessments.decide(ref, new DecisionDraft(true, "Card data", true, "Customers must block their cards", null, null));
        assertThat(clock("GDPR-DS").status()).as("a decision to tell starts it again").isEqualTo(ClockStatus.RUNNING);
    }

    @Test
    void theHighRiskDerivationStartsTheSubjectsClockWhenTheDecisionTellsThem() {
        highRiskAssessed();
        assertThat(clock("GDPR-DS").status()).as("no decision yet").isEqualTo(ClockStatus.NOT_APPLICABLE);
        assessments.decide(ref, new DecisionDraft(true, "Card data", true, "Customers must block their cards", null, null));
        var flags = CaseClocks.effectiveFlags(cases.get(ref), service.facts(ref),
                decisionRepository.latest(ref), assessmentRepository.latest(ref));
        assertThat(flags).contains(CaseClocks.HIGH_RISK, CaseClocks.NOTIFY_SUBJECTS);
        assertThat(clock("GDPR-DS").status()).isEqualTo(ClockStatus.RUNNING);
    }
}
