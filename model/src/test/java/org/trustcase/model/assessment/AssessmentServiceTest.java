package org.trustcase.model.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.NotFoundException;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.DpcAdjustment;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityInputs;
import org.trustcase.model.severity.SeverityMethod;
import org.trustcase.model.testing.Access;
import org.trustcase.model.testing.Cases;
import org.trustcase.model.testing.DirectTransactions;
import org.trustcase.model.testing.InMemoryAssessments;
import org.trustcase.model.testing.InMemoryAuditLog;
import org.trustcase.model.testing.InMemoryCaseRepository;
import org.trustcase.model.testing.InMemoryDecisions;
import org.trustcase.model.testing.MutableClock;
import org.trustcase.model.workflow.Guards;
import org.trustcase.model.workflow.TransitionGuard;
import org.trustcase.model.workflow.Workflow;

class AssessmentServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final InMemoryCaseRepository caseRepository = new InMemoryCaseRepository();
    private final InMemoryAssessments assessmentRepository = new InMemoryAssessments();
    private final InMemoryDecisions decisionRepository = new InMemoryDecisions();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final DirectTransactions transactions = new DirectTransactions();
    private Actor actor = new Actor("dpo");
    private final AuditTrail trail = new AuditTrail(auditLog, clock, () -> actor);
    private final AssessmentService service = new AssessmentService(caseRepository, assessmentRepository,
            decisionRepository, trail, transactions, SeverityMethod.standard(), clock, () -> actor,
            Access.allowAll(trail, transactions));
    private CaseService cases;
    private CaseReference ref;

    @BeforeEach
    void openCase() {
        List<TransitionGuard> guards = new ArrayList<>(Guards.standard());
        guards.add(new DecisionRecordedGuard(assessmentRepository, decisionRepository));
        cases = new CaseService(caseRepository, trail, transactions, new Workflow(guards), clock,
                Access.allowAll(trail, transactions));
        ref = cases.open(Cases.complete()).reference();
    }

    private static SeverityInputs high() {
        return new SeverityInputs(DataType.FINANCIAL, List.of(new DpcAdjustment(BigDecimal.ONE, "a year of statements")),
                IdentificationEase.MAXIMUM, new BigDecimal("0.5"), BigDecimal.ZERO, BigDecimal.ZERO, true);
    }

    private static SeverityInputs low() {
        return new SeverityInputs(DataType.SIMPLE, List.of(), IdentificationEase.LIMITED, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, false);
    }

    private static final DecisionDraft NOTIFY_BOTH = new DecisionDraft(true, "High risk to customers' finances", true,
            "Customers must block their cards", null, null);

    @Test
    void assessmentsAreVersionedNeverOverwrittenAndAudited() {
        Assessment first = service.assess(ref, low(), "Inconvenience only");
        clock.advance(Duration.ofHours(2));
        actor = new Actor("reviewer");
        Assessment second = service.assess(ref, high(), "Card fraud likely");

        assertThat(service.assessments(ref)).containsExactly(first, second);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.author()).isEqualTo("reviewer");
        assertThat(second.result().band().code()).isEqualTo("very-high");
        AuditEvent recorded = auditLog.list(ref.toString()).get(2);
        assertThat(recorded.action()).isEqualTo(AuditAction.ASSESSMENT_RECORDED);
        assertThat(recorded.changes()).contains(new FieldChange("dataType", "simple", "financial"),
                new FieldChange("band", "low", "very-high"));
        assertThat(recorded.note()).as("the version, noted as a code").isEqualTo(Problem.of("audit-note.assessment-version", "2"));
        assertThat(recorded.reason()).isNull();
        assertThat(auditLog.list(ref.toString()).get(1).changes()).contains(new FieldChange("score", null, "0.5"));
    }

    @Test
    void twoVersionsCompareWithTheChangedInputsMarked() {
        service.assess(ref, low(), null);
        service.assess(ref, high(), null);
        AssessmentComparison comparison = service.compare(ref, 1, 2);
        assertThat(comparison.changed()).extracting(AssessmentComparison.Difference::item)
                .containsExactly("dataType", "dpcAdjustments", "ease", "cb-confidentiality", "malicious", "dpc", "score", "band");
        assertThat(comparison.differences()).filteredOn(d -> d.item().equals("cb-integrity"))
                .singleElement().satisfies(d -> assertThat(d.changed()).isFalse());
        assertThatThrownBy(() -> service.compare(ref, 1, 7)).hasMessage("right: assessment.no-version(7)");
    }

    @Test
    void invalidInputsRecordNothing() {
        SeverityInputs bad = new SeverityInputs(DataType.SIMPLE, List.of(), IdentificationEase.MAXIMUM,
                new BigDecimal("0.7"), BigDecimal.ZERO, BigDecimal.ZERO, false);
        assertThatThrownBy(() -> service.assess(ref, bad, null)).isInstanceOf(ValidationException.class);
        assertThat(service.assessments(ref)).isEmpty();
        assertThatThrownBy(() -> service.assess(new CaseReference(2026, 99), low(), null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void suggestionAndDecisionNeedAnAssessment() {
        assertThatThrownBy(() -> service.suggest(ref)).isInstanceOf(RuleViolationException.class)
                .hasMessage("assessment.none-recorded(TC-2026-0001)");
        assertThatThrownBy(() -> service.decide(ref, NOTIFY_BOTH)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aDecisionFollowingTheSuggestionIsRecordedWithItsReasons() {
        service.assess(ref, high(), null);
        NotificationDecision decision = service.decide(ref, NOTIFY_BOTH);
        assertThat(decision.version()).isEqualTo(1);
        assertThat(decision.departsFromSuggestion()).isFalse();
        assertThat(decision.assessmentVersion()).isEqualTo(1);
        AuditEvent event = auditLog.list(ref.toString()).get(2);
        assertThat(event.action()).isEqualTo(AuditAction.DECISION_RECORDED);
        assertThat(event.reason()).as("nothing typed as the event's own reason").isNull();
        assertThat(event.note()).isEqualTo(Problem.of("audit-note.decision-reasons.subjects",
                Problem.of("audit-note.decision-reasons", "High risk to customers' finances"),
                "Customers must block their cards"));
    }

    @Test
    void missingReasonsAreRefusedNamingTheField() {
        service.assess(ref, high(), null);
        assertThatThrownBy(() -> service.decide(ref, new DecisionDraft(true, " ", true, null, null, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("authorityReason: decision.authority-reason-required; "
                        + "subjectsReason: decision.subjects-reason-required");
        assertThat(service.decisions(ref)).isEmpty();
    }

    @Test
    void departingFromTheSuggestionNeedsAJustification() {
        service.assess(ref, high(), null);
        DecisionDraft onlyAuthority = new DecisionDraft(true, "Risk", false, "Cards already blocked by the bank", null, null);
        assertThatThrownBy(() -> service.decide(ref, onlyAuthority))
                .hasMessage("departureJustification: decision.departure-justification-required("
                        + "decision.summary(answer.yes, answer.yes))");
        NotificationDecision recorded = service.decide(ref, new DecisionDraft(true, "Risk", false,
                "Cards already blocked by the bank", null, "The bank replaced every card within a day"));
        assertThat(recorded.departsFromSuggestion()).isTrue();
    }

    @Test
    void anArt34GroundStandsInForTheSubjectsReasonButOnlyWhenNotTelling() {
        service.assess(ref, high(), null);
        assertThatThrownBy(() -> service.decide(ref, new DecisionDraft(true, "Risk", true, "x",
                Art34Exception.DISPROPORTIONATE_EFFORT, "differs")))
                .hasMessageStartingWith("exception: decision.exception-only-without-subjects");
        NotificationDecision publicNotice = service.decide(ref, new DecisionDraft(true, "Risk", false, null,
                Art34Exception.DISPROPORTIONATE_EFFORT, "No contact details for most customers"));
        assertThat(publicNotice.publicCommunicationRequired()).isTrue();
    }

    @Test
    void signOffIsRecordedOnceAndOnlyForTheCurrentDecision() {
        service.assess(ref, high(), null);
        service.decide(ref, NOTIFY_BOTH);
        actor = new Actor("legal.reviewer");
        NotificationDecision signed = service.signOff(ref, 1);
        assertThat(signed.signOff().reviewer()).isEqualTo("legal.reviewer");
        assertThat(service.decisions(ref).get(0).signOff()).isNotNull();
        assertThatThrownBy(() -> service.signOff(ref, 1)).hasMessage("decision.already-signed-off(1, legal.reviewer)");

        service.assess(ref, low(), "Cards were never usable");
        assertThatThrownBy(() -> service.signOff(ref, 1)).hasMessage("refused(decision.cannot-sign-off, "
                + "decision.stale-assessment(1, 1, 2))");
        assertThat(auditLog.list(ref.toString())).extracting(AuditEvent::action)
                .contains(AuditAction.DECISION_SIGNED_OFF);
    }

    @Test
    void closingNeedsAnAssessmentAndACurrentDecision() {
        cases.move(ref, null, CaseStatus.TRIAGE, null);
        cases.move(ref, null, CaseStatus.INVESTIGATING, null);
        assertThatThrownBy(() -> cases.move(ref, null, CaseStatus.CLOSED, null))
                .hasMessage("refused(transition.cannot-close, guard.assessment)");
        service.assess(ref, low(), null);
        assertThatThrownBy(() -> cases.move(ref, null, CaseStatus.CLOSED, null))
                .hasMessage("refused(transition.cannot-close, guard.decision)");
        service.decide(ref, new DecisionDraft(false, "Unlikely to result in a risk", false, "No risk", null,
                "The health data was one appointment date, already known to the recipients"));
        assertThatThrownBy(() -> cases.move(ref, null, CaseStatus.NOTIFYING, null))
                .hasMessage("refused(transition.cannot-advance.notifying, guard.decision-notify)");
        service.assess(ref, high(), null);
        assertThatThrownBy(() -> cases.move(ref, null, CaseStatus.CLOSED, null))
                .hasMessageContaining("decision.stale-assessment(1, 1, 2)");
        service.decide(ref, NOTIFY_BOTH);
        cases.move(ref, null, CaseStatus.NOTIFYING, null);
        assertThat(cases.move(ref, null, CaseStatus.CLOSED, null).status()).isEqualTo(CaseStatus.CLOSED);
    }
}
