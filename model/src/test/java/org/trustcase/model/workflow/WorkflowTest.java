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
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.testing.Cases;

class WorkflowTest {
    private final Workflow workflow = Workflow.standard();

    private List<String> refusals(CaseDetails details, CaseStatus from, CaseStatus to, String reason) {
        BreachCase breachCase = Cases.stored(details, from);
        return workflow.refusals(new TransitionRequest(breachCase, Workflow.require(from, to), reason)).stream()
                .map(GuardRefusal::message).toList();
    }

    @Test
    void legalTargetsFromEachStatus() {
        assertThat(targets(NEW)).containsExactly(TRIAGE, NOT_A_BREACH);
        assertThat(targets(TRIAGE)).containsExactly(INVESTIGATING, NOT_A_BREACH);
        assertThat(targets(INVESTIGATING)).containsExactly(NOTIFYING, CLOSED, NOT_A_BREACH);
        assertThat(targets(NOTIFYING)).containsExactly(CLOSED);
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
                .hasMessage("cannot move from NEW to CLOSED: not a legal transition (from NEW: TRIAGE, NOT_A_BREACH)");
        assertThatThrownBy(() -> Workflow.require(NOTIFYING, NOTIFYING)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void triageNeedsNothing() {
        assertThat(refusals(Cases.minimal(), NEW, TRIAGE, null)).isEmpty();
    }

    @Test
    void investigationNeedsAnOwner() {
        assertThat(refusals(Cases.minimal(), TRIAGE, INVESTIGATING, null))
                .containsExactly("cannot start the investigation: no owner assigned");
        assertThat(refusals(Cases.minimal().toBuilder().owner("Jan").build(), TRIAGE, INVESTIGATING, null)).isEmpty();
    }

    @Test
    void notifyingNeedsBreachTypesThenDataCategories() {
        CaseDetails noTypes = Cases.complete().toBuilder().breachTypes(Set.of()).build();
        assertThat(refusals(noTypes, INVESTIGATING, NOTIFYING, null)).containsExactly(
                "cannot move to notifying: no breach type recorded (confidentiality, integrity or availability)");
        CaseDetails noCategories = Cases.complete().toBuilder().dataCategories(Set.of()).build();
        assertThat(refusals(noCategories, INVESTIGATING, NOTIFYING, null))
                .containsExactly("cannot move to notifying: no data categories recorded");
        assertThat(refusals(Cases.complete(), INVESTIGATING, NOTIFYING, null)).isEmpty();
    }

    @Test
    void closingNeedsRemedialActions() {
        CaseDetails details = Cases.complete().toBuilder().remedialActions(null).build();
        assertThat(refusals(details, NOTIFYING, CLOSED, null)).containsExactly("cannot close: no remedial actions recorded");
    }

    @Test
    void notifyingAndClosingNeedTheAwarenessGapExplained() {
        CaseDetails details = Cases.complete().toBuilder().awareGapReason(null).build();
        assertThat(refusals(details, INVESTIGATING, NOTIFYING, null)).containsExactly(
                "cannot move to notifying: the gap between detection and awareness is not explained (awareGapReason)");
        assertThat(refusals(details, NOTIFYING, CLOSED, null)).containsExactly(
                "cannot close: the gap between detection and awareness is not explained (awareGapReason)");
        assertThat(refusals(details, TRIAGE, INVESTIGATING, null)).isEmpty();
    }

    @Test
    void closingNeedsContainment() {
        CaseDetails details = Cases.complete().toBuilder().containedAt(null).build();
        assertThat(refusals(details, INVESTIGATING, CLOSED, null))
                .containsExactly("cannot close: the breach is not recorded as contained (containedAt)");
    }

    @Test
    void closingListsEveryMissingPiece() {
        assertThat(refusals(Cases.minimal(), INVESTIGATING, CLOSED, null)).containsExactly(
                "cannot close: no breach type recorded (confidentiality, integrity or availability)",
                "cannot close: the breach is not recorded as contained (containedAt)",
                "cannot close: no remedial actions recorded");
        assertThat(refusals(Cases.complete(), INVESTIGATING, CLOSED, null)).isEmpty();
    }

    @Test
    void dismissingNeedsARationale() {
        assertThat(refusals(Cases.minimal(), NEW, NOT_A_BREACH, "  "))
                .containsExactly("cannot close as not a breach: a rationale is required (why this is not a personal-data breach)");
        assertThat(refusals(Cases.minimal(), NEW, NOT_A_BREACH, "No personal data on the stolen device")).isEmpty();
    }

    @Test
    void reopeningNeedsAReason() {
        assertThat(refusals(Cases.complete(), CLOSED, INVESTIGATING, null))
                .containsExactly("cannot reopen: a reason is required");
        assertThat(refusals(Cases.minimal(), NOT_A_BREACH, TRIAGE, "New facts from the processor")).isEmpty();
    }

    @Test
    void optionsShowBlockersAndReasonRequirementsSeparately() {
        List<TransitionOption> options = workflow.options(Cases.stored(Cases.minimal(), INVESTIGATING));
        assertThat(options).extracting(o -> o.transition().to()).containsExactly(NOTIFYING, CLOSED, NOT_A_BREACH);
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
    void aNewGuardIsOneClassInTheList() {
        TransitionGuard noFridays = request -> request.transition().to() == CLOSED
                ? Optional.of(new GuardRefusal("custom", "cannot close: custom rule")) : Optional.empty();
        Workflow custom = new Workflow(List.of(noFridays));
        BreachCase breachCase = Cases.stored(Cases.complete(), INVESTIGATING);
        assertThat(custom.refusals(new TransitionRequest(breachCase, Workflow.require(INVESTIGATING, CLOSED), null)))
                .extracting(GuardRefusal::message).containsExactly("cannot close: custom rule");
    }
}
