package org.trustcase.app.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.DataCategory;
import org.trustcase.model.workflow.Workflow;

class WorkflowActionsTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final Workflow workflow = Workflow.standard();

    private List<WorkflowAction> actions(CaseStatus status, CaseDetails details) {
        BreachCase breachCase = new BreachCase(1, new CaseReference(2026, 1), details, status, null, 3, AT, AT);
        return WorkflowActions.of(workflow.options(breachCase), messages);
    }

    private static CaseDetails.Builder minimal() {
        return CaseDetails.builder().title("Case").awareAt(AT);
    }

    @Test
    void aNewCaseOffersTriageAndDismissal() {
        List<WorkflowAction> actions = actions(CaseStatus.NEW, minimal().build());
        assertThat(actions).extracting(WorkflowAction::id).containsExactly("move-triage", "move-not-a-breach");
        WorkflowAction triage = actions.get(0);
        assertThat(triage.enabled()).isTrue();
        assertThat(triage.requiresReason()).isFalse();
        assertThat(triage.label()).isEqualTo("Move to Triage");
        WorkflowAction dismiss = actions.get(1);
        assertThat(dismiss.enabled()).isTrue();
        assertThat(dismiss.requiresReason()).isTrue();
        assertThat(dismiss.reasonPrompt()).isEqualTo("Why is this not a personal-data breach?");
    }

    @Test
    void investigatingWithoutOwnerIsBlockedWithTheGuardMessage() {
        WorkflowAction investigate = actions(CaseStatus.TRIAGE, minimal().build()).get(0);
        assertThat(investigate.id()).isEqualTo("move-investigating");
        assertThat(investigate.enabled()).isFalse();
        assertThat(investigate.tooltip()).isEqualTo("cannot start the investigation: no owner assigned");
    }

    @Test
    void closingIsBlockedUntilTheCaseIsClassifiedContainedAndRemedied() {
        List<WorkflowAction> blocked = actions(CaseStatus.INVESTIGATING, minimal().owner("Anna").build());
        assertThat(blocked).extracting(WorkflowAction::id)
                .containsExactly("move-notifying", "move-closed", "move-not-a-breach", "move-triage");
        WorkflowAction back = blocked.get(3);
        assertThat(back.label()).isEqualTo("Back to Triage");
        assertThat(back.enabled()).isTrue();
        assertThat(back.requiresReason()).isTrue();
        WorkflowAction close = blocked.get(1);
        assertThat(close.enabled()).isFalse();
        assertThat(close.blockers()).contains("cannot close: no remedial actions recorded",
                // the guard refers to the field; the screen names it by its label, not by its key
                "cannot close: the breach is not recorded as contained (contained at)");

        CaseDetails complete = minimal().owner("Anna").breachTypes(Set.of(BreachType.CONFIDENTIALITY))
                .dataCategories(Set.of(DataCategory.CONTACT_DETAILS)).containedAt(AT)
                .remedialActions("Deleted").build();
        List<WorkflowAction> open = actions(CaseStatus.INVESTIGATING, complete);
        assertThat(open).allMatch(WorkflowAction::enabled);
        assertThat(open.get(1).tooltip()).isEqualTo("Close case");
    }

    @Test
    void aClosedCaseCanBeReopenedWithAReason() {
        List<WorkflowAction> actions = actions(CaseStatus.CLOSED, minimal().owner("Anna").build());
        assertThat(actions).singleElement().satisfies(reopen -> {
            assertThat(reopen.id()).isEqualTo("move-investigating");
            assertThat(reopen.requiresReason()).isTrue();
            assertThat(reopen.label()).isEqualTo("Reopen (Investigating)");
        });
    }
}
