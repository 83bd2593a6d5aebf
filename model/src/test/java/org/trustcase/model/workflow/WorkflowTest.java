package org.trustcase.model.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trustcase.model.cases.CaseStatus.CLOSED;
import static org.trustcase.model.cases.CaseStatus.INVESTIGATING;
import static org.trustcase.model.cases.CaseStatus.NEW;
import static org.trustcase.model.cases.CaseStatus.NOTIFYING;
import static org.trustcase.model.cases.CaseStatus.NOT_A_BREACH;
import static org.trustcase.model.cases.CaseStatus.TRIAGE;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.testing.Cases;

class WorkflowTest {
    private final Workflow workflow = Workflow.standard();

    private List<String> refusals(CaseDetails details, CaseStatus from, CaseStatus to, String reason) {
        BreachCase breachCase = Cases.stored(details, from);
        return workflow.refusals(new TransitionRequest(breachCase, Workflow.require(from, to), reason)).stream()
                .map(refusal -> refusal.problem().toString()).toList();
    }

    @Test
    void legalTargetsFromEachStatus() {
        assertThat(targets(NEW)).containsExactly(TRIAGE, NOT_A_BREACH);
        assertThat(targets(TRIAGE)).containsExactly(INVESTIGATING, NOT_A_BREACH, NEW);
        assertThat(targets(INVESTIGATING)).containsExactly(NOTIFYING, CLOSED, NOT_A_BREACH, TRIAGE);
        assertThat(targets(NOTIFYING)).containsExactly(CLOSED, INVESTIGATING);
        assertThat(targets(CLOSED)).containsExactly(INVESTIGATING);
        assertThat(targets(NOT_A_BREACH)).containsExactly(TRIAGE);
    }

    private static List<CaseStatus> targets(CaseStatus from) {
        return Workflow.transitionsFrom(from).stream().map(Transition::to).toList();
    }

    @Test
    void illegalTransitionIsRefusedNamingTheLegalOnes() {
        assertThatThrownBy(() -> Workflow.require(NEW, CLOSED))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("transition.illegal(NEW, CLOSED, [TRIAGE, NOT_A_BREACH])");
        assertThatThrownBy(() -> Workflow.require(NOTIFYING, NOTIFYING)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void triageNeedsNothing() {
        assertThat(refusals(Cases.minimal(), NEW, TRIAGE, null)).isEmpty();
    }

    @Test
    void investigationNeedsAnOwner() {
        assertThat(refusals(Cases.minimal(), TRIAGE, INVESTIGATING, null))
                .containsExactly("refused(transition.cannot-advance.investigating, guard.owner)");
        assertThat(refusals(Cases.minimal().toBuilder().owner("Jan").build(), TRIAGE, INVESTIGATING, null)).isEmpty();
    }

    @Test
    void notifyingNeedsBreachTypesThenDataCategories() {
        CaseDetails noTypes = Cases.complete().toBuilder().breachTypes(Set.of()).build();
        assertThat(refusals(noTypes, INVESTIGATING, NOTIFYING, null)).containsExactly(
                "refused(transition.cannot-advance.notifying, guard.breach-types)");
        CaseDetails noCategories = Cases.complete().toBuilder().dataCategories(Set.of()).build();
        assertThat(refusals(noCategories, INVESTIGATING, NOTIFYING, null))
                .containsExactly("refused(transition.cannot-advance.notifying, guard.data-categories)");
        assertThat(refusals(Cases.complete(), INVESTIGATING, NOTIFYING, null)).isEmpty();
    }

    @Test
    void closingNeedsRemedialActions() {
        CaseDetails details = Cases.complete().toBuilder().remedialActions(null).build();
        assertThat(refusals(details, NOTIFYING, CLOSED, null)).containsExactly("refused(transition.cannot-close, guard.remedial-actions)");
    }

    @Test
    void notifyingAndClosingNeedTheAwarenessGapExplained() {
        CaseDetails details = Cases.complete().toBuilder().awareGapReason(null).build();
        assertThat(refusals(details, INVESTIGATING, NOTIFYING, null)).containsExactly(
                "refused(transition.cannot-advance.notifying, guard.aware-gap-reason(field(awareGapReason)))");
        assertThat(refusals(details, NOTIFYING, CLOSED, null)).containsExactly(
                "refused(transition.cannot-close, guard.aware-gap-reason(field(awareGapReason)))");
        assertThat(refusals(details, TRIAGE, INVESTIGATING, null)).isEmpty();
    }

    @Test
    void closingNeedsContainment() {
        CaseDetails details = Cases.complete().toBuilder().containedAt(null).build();
        assertThat(refusals(details, INVESTIGATING, CLOSED, null))
                .containsExactly("refused(transition.cannot-close, guard.contained(field(containedAt)))");
    }

    @Test
    void closingListsEveryMissingPiece() {
        assertThat(refusals(Cases.minimal(), INVESTIGATING, CLOSED, null)).containsExactly(
                "refused(transition.cannot-close, guard.breach-types)",
                "refused(transition.cannot-close, guard.contained(field(containedAt)))",
                "refused(transition.cannot-close, guard.remedial-actions)");
        assertThat(refusals(Cases.complete(), INVESTIGATING, CLOSED, null)).isEmpty();
    }

    @Test
    void dismissingNeedsARationale() {
        assertThat(refusals(Cases.minimal(), NEW, NOT_A_BREACH, "  "))
                .containsExactly("refused(transition.cannot-dismiss, guard.rationale)");
        assertThat(refusals(Cases.minimal(), NEW, NOT_A_BREACH, "No personal data on the stolen device")).isEmpty();
    }

    @Test
    void reopeningNeedsAReason() {
        assertThat(refusals(Cases.complete(), CLOSED, INVESTIGATING, null))
                .containsExactly("refused(transition.cannot-reopen, guard.reason)");
        assertThat(refusals(Cases.minimal(), NOT_A_BREACH, TRIAGE, "New facts from the processor")).isEmpty();
    }

    @Test
    void optionsShowBlockersAndReasonRequirementsSeparately() {
        List<TransitionOption> options = workflow.options(Cases.stored(Cases.minimal(), INVESTIGATING));
        assertThat(options).extracting(o -> o.transition().to()).containsExactly(NOTIFYING, CLOSED, NOT_A_BREACH, TRIAGE);
        TransitionOption close = options.get(1);
        assertThat(close.isOpen()).isFalse();
        assertThat(close.blockers()).extracting(GuardRefusal::code)
                .containsExactly("breach-types", "contained", "remedial-actions");
        TransitionOption dismiss = options.get(2);
        assertThat(dismiss.isOpen()).isTrue();
        assertThat(dismiss.requiresReason()).isTrue();
        assertThat(options.get(0).requiresReason()).isFalse();
    }

    @Test
    void aStepBackNeedsAReasonAndNothingElse() {
        BreachCase investigating = Cases.stored(Cases.minimal(), INVESTIGATING);
        TransitionOption back = workflow.options(investigating).get(3);
        assertThat(back.transition().kind()).isEqualTo(TransitionKind.BACK);
        assertThat(back.isOpen()).isTrue();
        assertThat(back.requiresReason()).isTrue();
        assertThat(workflow.refusals(new TransitionRequest(investigating, Workflow.require(INVESTIGATING, TRIAGE), null)))
                .extracting(GuardRefusal::problem)
                .containsExactly(Problem.of("refused", Problem.of("transition.cannot-go-back"), Problem.of("guard.reason")));
        assertThat(workflow.refusals(new TransitionRequest(investigating, Workflow.require(INVESTIGATING, TRIAGE),
                "The owner left; triage again with the new team"))).isEmpty();
    }

    @Test
    void aNewGuardIsOneClassInTheList() {
        TransitionGuard noFridays = request -> request.transition().to() == CLOSED
                ? Optional.of(GuardRefusal.of("custom", request.transition(), Problem.of("custom"))) : Optional.empty();
        Workflow custom = new Workflow(List.of(noFridays));
        BreachCase breachCase = Cases.stored(Cases.complete(), INVESTIGATING);
        assertThat(custom.refusals(new TransitionRequest(breachCase, Workflow.require(INVESTIGATING, CLOSED), null)))
                .extracting(GuardRefusal::problem)
                .containsExactly(Problem.of("refused", Problem.of("transition.cannot-close"), Problem.of("custom")));
    }
}
