package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import java.math.BigDecimal;
import java.util.List;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityInputs;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.DataCategory;

@ExtendWith(ApplicationExtension.class)
class WorkflowFlowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        seed("Misdirected parcel with patient letters");
        seed("Test data with real-looking e-mails in staging");
        show(stage);
    }

    private void openCase(FxRobot robot, String reference) {
        robot.clickOn("#nav-cases");
        settle();
        robot.doubleClickOn(reference);
        settle();
        assertThat(text(robot, "#case-reference")).isEqualTo(reference);
    }

    /** Takes a move that asks no reason: its confirmation shows what will be recorded, then confirm. */
    private void move(FxRobot robot, String id) {
        robot.clickOn(id);
        robot.clickOn("#transition-confirm");
        settle();
    }

    private Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class);
    }

    @Test
    void aCaseMovesThroughTheWorkflowOnceItsGuardsAreSatisfied(FxRobot robot) {
        openCase(robot, "TC-2026-0001");
        assertThat(text(robot, "#case-status")).isEqualTo("New");
        assertThat(robot.lookup("#move-triage").tryQuery()).isPresent();
        assertThat(robot.lookup("#move-not-a-breach").tryQuery()).isPresent();
        assertThat(robot.lookup("#move-investigating").tryQuery()).isEmpty();
        assertThat(robot.lookup("#move-closed").tryQuery()).isEmpty();

        robot.clickOn("#move-triage");
        assertThat(text(robot, "#record-status")).isEqualTo("New → Triage");
        assertThat(text(robot, "#record-by")).isEqualTo("anna.dpo");
        assertThat(text(robot, "#record-at")).isEqualTo("When you confirm (now 2026-03-30 10:00 Z)");
        assertThat(text(robot, "#transition-consequence")).isEqualTo("The case can step back later, with a reason.");
        assertThat(robot.lookup("#transition-confirm").query().isDisabled()).as("a plain move needs no note").isFalse();
        robot.clickOn("#transition-reason").write("Reported by the courier; triaged the same morning.");
        robot.clickOn("#transition-confirm");
        settle();
        assertThat(text(robot, "#case-status")).isEqualTo("Triage");
        assertThat(org.trustcase.app.testing.TestContexts.allCases(context).stream()
                .filter(c -> c.reference().toString().equals("TC-2026-0001")).findFirst().orElseThrow().statusReason())
                .as("the optional note is kept with the status").isEqualTo(
                        "Reported by the courier; triaged the same morning.");
        assertThat(button(robot, "#move-investigating").isDisabled()).isTrue();
        assertThat(button(robot, "#move-investigating").getTooltip().getText())
                .isEqualTo("cannot start the investigation: no owner assigned");
        assertThat(shown(robot, "#case-checklist")).isTrue();
        assertThat(checklist(robot)).contains("For “Move to Investigating”: No owner assigned");

        focus(robot, "#overview-owner");
        robot.write("Anna Kowalska");
        assertThat(button(robot, "#overview-save").isDisabled()).isFalse();
        shortcut(robot, KeyCode.S);
        settle();
        assertThat(text(robot, "#case-owner")).isEqualTo("Owner: Anna Kowalska");
        assertThat(button(robot, "#overview-save").isDisabled()).isTrue();
        assertThat(button(robot, "#move-investigating").isDisabled()).isFalse();
        assertThat(checklist(robot)).doesNotContain("Investigating");

        move(robot, "#move-investigating");
        assertThat(text(robot, "#case-status")).isEqualTo("Investigating");
        assertThat(button(robot, "#move-closed").isDisabled()).isTrue();
        assertThat(checklist(robot)).contains("For “Close case”: No remedial actions recorded",
                "For “Close case”: The breach is not recorded as contained (contained at)",
                "For “Close case”: No breach type recorded");
        assertThat(button(robot, "#move-closed").getTooltip().getText())
                .contains("cannot close: no remedial actions recorded");

        focus(robot, "#overview-remedialActions");
        robot.write("Letters retrieved from the wrong recipient; address data corrected.");
        focus(robot, "#overview-containedAt");
        robot.write("2026-03-30 09:30");
        focus(robot, "#overview-breachTypes-confidentiality");
        robot.type(KeyCode.SPACE);
        focus(robot, "#overview-dataCategories-health");
        robot.type(KeyCode.SPACE);
        assertThat(checklist(robot)).contains("For “Close case”: No risk assessment recorded");
        // the assessment and decision that closing also needs (their own screen is tested on its own)
        CaseReference ref = CaseReference.parse("TC-2026-0001");
        context.assessments().assess(ref, new SeverityInputs(DataType.SIMPLE, List.of(), IdentificationEase.LIMITED,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, false), "Letters unopened");
        var suggestion = context.assessments().suggest(ref);
        context.assessments().decide(ref, new DecisionDraft(suggestion.notifyAuthority(), "As suggested",
                suggestion.notifySubjects(), "Letters were returned unopened", null, null));
        shortcut(robot, KeyCode.S);
        settle();
        assertThat(button(robot, "#move-closed").isDisabled()).isFalse();
        // moving to notifying stays blocked (the decision is to notify nobody); nothing blocks closing
        assertThat(checklist(robot)).doesNotContain("Close case")
                .contains("For “Move to Notifying”: The decision is to notify nobody");

        robot.clickOn("#move-closed");
        assertThat(text(robot, "#record-status")).isEqualTo("Investigating → Closed");
        assertThat(text(robot, "#transition-consequence")).startsWith("The case leaves the open cases");
        robot.clickOn("#transition-confirm");
        settle();
        assertThat(text(robot, "#case-status")).isEqualTo("Closed");
        assertThat(robot.lookup("#move-closed").tryQuery()).isEmpty();
        BreachCase stored = org.trustcase.app.testing.TestContexts.allCases(context).stream()
                .filter(c -> c.reference().toString().equals("TC-2026-0001")).findFirst().orElseThrow();
        assertThat(stored.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(stored.details().breachTypes()).containsExactly(BreachType.CONFIDENTIALITY);
        assertThat(stored.details().dataCategories()).containsExactly(DataCategory.HEALTH);

        robot.clickOn("#case-tab-audit");
        TableView<?> audit = robot.lookup("#case-audit-table").queryAs(TableView.class);
        assertThat(audit.getItems()).hasSize(context.audit().ofCase("TC-2026-0001").size());
        assertThat(((AuditEvent) audit.getItems().get(0)).action()).isEqualTo(AuditAction.CASE_STATUS_CHANGED);
        assertThat(robot.lookup("Status: Investigating → Closed").tryQuery()).isPresent();
    }

    @Test
    void dismissingAsNotABreachAsksForTheRationale(FxRobot robot) {
        openCase(robot, "TC-2026-0002");
        robot.clickOn("#move-not-a-breach");
        Node confirm = robot.lookup("#transition-confirm").query();
        assertThat(confirm.isDisabled()).isTrue();
        robot.clickOn("#transition-reason").write("   ");
        assertThat(confirm.isDisabled()).isTrue();
        robot.write("The addresses were synthetic: no personal data involved.");
        assertThat(confirm.isDisabled()).isFalse();
        robot.clickOn(confirm);
        settle();

        assertThat(text(robot, "#case-status")).isEqualTo("Not a breach");
        BreachCase stored = org.trustcase.app.testing.TestContexts.allCases(context).get(0);
        assertThat(stored.status()).isEqualTo(CaseStatus.NOT_A_BREACH);
        assertThat(stored.statusReason()).isEqualTo("The addresses were synthetic: no personal data involved.");
        assertThat(robot.lookup("#move-triage").tryQuery()).as("reopen offered").isPresent();
    }

    @Test
    void aCaseStepsBackWithAReason(FxRobot robot) {
        openCase(robot, "TC-2026-0002");
        move(robot, "#move-triage");
        assertThat(text(robot, "#case-status")).isEqualTo("Triage");

        robot.clickOn("#move-new");
        Node confirm = robot.lookup("#transition-confirm").query();
        assertThat(confirm.isDisabled()).as("a step back asks why").isTrue();
        robot.clickOn("#transition-reason").write("Reported twice: the duplicate is triaged instead.");
        robot.clickOn(confirm);
        settle();

        assertThat(text(robot, "#case-status")).isEqualTo("New");
        BreachCase stored = org.trustcase.app.testing.TestContexts.allCases(context).stream()
                .filter(c -> c.reference().toString().equals("TC-2026-0002")).findFirst().orElseThrow();
        assertThat(stored.status()).isEqualTo(CaseStatus.NEW);
        assertThat(stored.statusReason()).isEqualTo("Reported twice: the duplicate is triaged instead.");
    }

    @Test
    void cancellingAConfirmationMovesNothing(FxRobot robot) {
        openCase(robot, "TC-2026-0002");
        robot.clickOn("#move-triage");
        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(robot.lookup("#transition-confirm").tryQuery()).isEmpty();
        assertThat(text(robot, "#case-status")).isEqualTo("New");
        assertThat(org.trustcase.app.testing.TestContexts.allCases(context).get(0).status()).isEqualTo(CaseStatus.NEW);
    }

    @Test
    void cancellingTheReasonDialogMovesNothing(FxRobot robot) {
        openCase(robot, "TC-2026-0002");
        robot.clickOn("#move-not-a-breach");
        typeInto(robot, "#transition-reason");
        robot.write("never mind");
        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(robot.lookup("#transition-reason").tryQuery()).isEmpty();
        assertThat(org.trustcase.app.testing.TestContexts.allCases(context).get(0).status()).isEqualTo(CaseStatus.NEW);
    }

    @Test
    void aSaveOverAChangeMadeElsewhereKeepsTheEdits(FxRobot robot) {
        openCase(robot, "TC-2026-0001");
        BreachCase current = org.trustcase.app.testing.TestContexts.allCases(context).get(1);
        context.cases().update(current.reference(), current.version(),
                current.details().toBuilder().owner("Someone else").build());

        focus(robot, "#overview-owner");
        robot.write("Anna Kowalska");
        shortcut(robot, KeyCode.S);
        settle();

        assertThat(text(robot, "#case-notice")).contains("changed elsewhere", "reload");
        assertThat(robot.lookup("#overview-owner").queryTextInputControl().getText()).isEqualTo("Anna Kowalska");
        assertThat(shown(robot, "#overview-reload")).isTrue();

        robot.clickOn("#overview-reload");
        settle();
        assertThat(robot.lookup("#overview-owner").queryTextInputControl().getText()).isEqualTo("Someone else");
        assertThat(shown(robot, "#case-notice-bar")).isFalse();
    }
}
