package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.caseclocks.ClockOutcome;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.DataCategory;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityInputs;

@ExtendWith(ApplicationExtension.class)
class CaseDeadlinesFlowTest extends WindowTest {
    private static final CaseReference FIRST = CaseReference.parse("TC-2026-0001");
    private static final CaseReference READY_TO_CLOSE = CaseReference.parse("TC-2026-0002");

    @Start
    void start(Stage stage) {
        context.cases().open(CaseDetails.builder().title("Misdirected parcel with patient letters")
                .awareAt(NOW.minus(Duration.ofHours(1))).jurisdictions(List.of(pl())).build());
        BreachCase ready = context.cases().open(CaseDetails.builder().title("Payroll file sent to the wrong address")
                .awareAt(NOW.minus(Duration.ofHours(2))).jurisdictions(List.of(pl())).owner("Anna Kowalska")
                .containedAt(NOW.minus(Duration.ofHours(1))).breachTypes(Set.of(BreachType.CONFIDENTIALITY))
                .dataCategories(Set.of(DataCategory.ECONOMIC_FINANCIAL))
                .remedialActions("The recipient confirmed deletion in writing.").build());
        context.cases().move(ready.reference(), null, CaseStatus.TRIAGE, null);
        context.cases().move(ready.reference(), null, CaseStatus.INVESTIGATING, null);
        context.assessments().assess(ready.reference(), new SeverityInputs(DataType.SIMPLE, List.of(),
                IdentificationEase.LIMITED, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, false), "One recipient");
        var suggestion = context.assessments().suggest(ready.reference());
        context.assessments().decide(ready.reference(), new DecisionDraft(suggestion.notifyAuthority(), "As suggested",
                suggestion.notifySubjects(), "As suggested", null, null));
        show(stage);
    }

    private static Jurisdiction pl() {
        return Jurisdiction.parse("PL", "jurisdictions");
    }

    private void openDeadlinesTab(FxRobot robot, CaseReference reference) {
        robot.clickOn("#nav-cases");
        settle();
        robot.doubleClickOn(reference.toString());
        settle();
        assertThat(text(robot, "#case-reference")).isEqualTo(reference.toString());
        robot.clickOn("#case-tab-deadlines");
        settle();
    }

    private void typeReplacing(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryTextInputControl();
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        typeInto(robot, query);
        robot.write(text);
    }

    @Test
    void awarenessRecordedInTheTabStartsTheClockWhichTicksAndIsMetLateWithAReason(FxRobot robot) {
        openDeadlinesTab(robot, FIRST);
        assertThat(text(robot, "#deadline-event-value-aware")).isEqualTo("2026-03-30 09:00 Z");

        robot.clickOn("#deadline-event-aware");
        typeReplacing(robot, "#deadline-event-input", "2026-03-30 08:00");
        robot.clickOn("#deadline-confirm");
        settle();

        assertThat(context.cases().get(FIRST).details().awareAt()).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
        assertThat(text(robot, "#deadline-event-value-aware")).isEqualTo("2026-03-30 08:00 Z");
        assertThat(text(robot, "#case-aware-since")).as("the case view was read again")
                .isEqualTo("Aware since 2026-03-30 08:00 Z");
        assertThat(text(robot, "#deadline-status-GDPR-SA")).isEqualTo("Running");
        // which rule the clock follows, and how far it was checked
        assertThat(text(robot, "#deadline-rule-GDPR-SA"))
                .isEqualTo("GDPR Art. 33(1) \u00b7 checked against the law\u2019s own text on 2026-12-07");
        assertThat(text(robot, "#deadline-due-GDPR-SA")).isEqualTo("2026-04-02 08:00 Z · Europe/Warsaw 10:00");
        assertThat(text(robot, "#deadline-countdown-GDPR-SA")).isEqualTo("in 2 d 22 h");
        Node row = robot.lookup("#deadline-row-GDPR-SA").query();
        assertThat(row.getStyleClass()).contains("clock-running");

        advance(robot, Duration.ofMinutes(90));
        assertThat(text(robot, "#deadline-countdown-GDPR-SA")).isEqualTo("in 2 d 20 h");
        advance(robot, Duration.ofHours(68).plusMinutes(29).plusSeconds(10));
        assertThat(text(robot, "#deadline-countdown-GDPR-SA")).isEqualTo("in 50 s");
        assertThat(row.getStyleClass()).contains("clock-due-soon");
        advance(robot, Duration.ofSeconds(1));
        assertThat(text(robot, "#deadline-countdown-GDPR-SA")).isEqualTo("in 49 s");
        advance(robot, Duration.ofHours(3));
        assertThat(text(robot, "#deadline-countdown-GDPR-SA")).isEqualTo("overdue by 2 h 59 min");
        assertThat(text(robot, "#deadline-status-GDPR-SA")).isEqualTo("Overdue");
        assertThat(row.getStyleClass()).contains("clock-overdue").doesNotContain("clock-running");

        reveal(robot, "#deadline-meet-GDPR-SA");
        robot.clickOn("#deadline-meet-GDPR-SA");
        Node confirm = robot.lookup("#deadline-confirm").query();
        typeReplacing(robot, "#deadline-met-at", "2026-04-02 07:30");
        assertThat(shown(robot, "#deadline-delay-reason")).as("on time: no reason asked").isFalse();
        assertThat(confirm.isDisabled()).isFalse();
        assertThat(text(robot, "#record-clock")).isEqualTo("GDPR-SA: Overdue → Met");
        assertThat(text(robot, "#record-made-at")).isEqualTo("2026-04-02 07:30 Z");
        assertThat(text(robot, "#record-timeliness")).isEqualTo("On time, 30 min before the due time");
        assertThat(text(robot, "#record-by")).isEqualTo("anna.dpo");
        typeReplacing(robot, "#deadline-met-at", "2026-04-02 09:30");
        assertThat(shown(robot, "#deadline-delay-reason")).isTrue();
        assertThat(text(robot, "#record-made-at")).isEqualTo("2026-04-02 09:30 Z");
        assertThat(text(robot, "#record-timeliness")).isEqualTo("Late by 1 h 30 min, with the reason for the delay");
        assertThat(robot.lookup("Reason for the delay (Art. 33(1))").tryQuery()).isPresent();
        assertThat(confirm.isDisabled()).as("late without a reason").isTrue();
        robot.clickOn("#deadline-delay-reason").write("   ");
        assertThat(confirm.isDisabled()).isTrue();
        robot.write("Processor report came late.");
        assertThat(confirm.isDisabled()).isFalse();
        robot.clickOn(confirm);
        settle();

        ClockOutcome outcome = context.clocks().facts(FIRST).outcomes().get("GDPR-SA");
        assertThat(outcome.kind()).isEqualTo(ClockOutcome.Kind.MET);
        assertThat(outcome.at()).isEqualTo(Instant.parse("2026-04-02T09:30:00Z"));
        assertThat(outcome.reason()).isEqualTo("Processor report came late.");
        assertThat(text(robot, "#deadline-status-GDPR-SA")).isEqualTo("Met late");
        assertThat(text(robot, "#deadline-countdown-GDPR-SA")).isEqualTo("met 1 h 30 min late");
        assertThat(text(robot, "#deadline-outcome-GDPR-SA")).isEqualTo("Met 2026-04-02 09:30 Z, late. "
                + "Reason for the delay: Processor report came late.");
        assertThat(robot.lookup("#deadline-row-GDPR-SA").query().getStyleClass()).contains("clock-met-late");
        assertThat(robot.lookup("#deadline-meet-GDPR-SA").tryQuery()).isEmpty();
    }

    @Test
    void aRunningLegalClockBlocksClosingUntilItIsMet(FxRobot robot) {
        openDeadlinesTab(robot, READY_TO_CLOSE);
        assertThat(robot.lookup("#move-closed").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(checklist(robot)).contains("For “Close case”: "
                + "Legal deadlines without a recorded outcome: GDPR-SA (running, due 2026-04-02 08:00 Z)");

        reveal(robot, "#deadline-meet-GDPR-SA");
        robot.clickOn("#deadline-meet-GDPR-SA");
        assertThat(robot.lookup("#deadline-met-at").queryTextInputControl().getText()).isEqualTo("2026-03-30 10:00");
        assertThat(shown(robot, "#deadline-delay-reason")).isFalse();
        robot.clickOn("#deadline-confirm");
        settle();

        assertThat(text(robot, "#deadline-status-GDPR-SA")).isEqualTo("Met");
        assertThat(text(robot, "#deadline-countdown-GDPR-SA")).isEqualTo("met on time");
        assertThat(checklist(robot)).doesNotContain("Legal deadlines without a recorded outcome")
                .contains("For “Not a breach”: GDPR-SA was marked met at 2026-03-30 10:00 Z");
        assertThat(robot.lookup("#move-closed").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void aWrongOutcomeIsCorrectedWithAReasonAndTheEarlierOneIsKept(FxRobot robot) {
        context.clocks().meet(FIRST, "GDPR-SA", NOW.minus(Duration.ofMinutes(30)), null);
        openDeadlinesTab(robot, FIRST);
        assertThat(robot.lookup("#deadline-meet-GDPR-SA").tryQuery()).isEmpty();

        reveal(robot, "#deadline-correct-GDPR-SA");
        robot.clickOn("#deadline-correct-GDPR-SA");
        Node confirm = robot.lookup("#deadline-confirm").query();
        assertThat(robot.lookup("#deadline-correct-met").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .isTrue();
        typeReplacing(robot, "#deadline-correct-at", "2026-03-30 09:45");
        assertThat(confirm.isDisabled()).as("a correction needs its reason").isTrue();
        typeInto(robot, "#deadline-correct-reason");
        robot.clickOn("#deadline-correct-reason").write("The report went out at 09:45; 09:30 was a typing error.");
        assertThat(confirm.isDisabled()).isFalse();
        robot.clickOn(confirm);
        settle();

        ClockOutcome stored = context.clocks().facts(FIRST).outcomes().get("GDPR-SA");
        assertThat(stored.at()).isEqualTo(java.time.Instant.parse("2026-03-30T09:45:00Z"));
        assertThat(stored.correctionReason()).isEqualTo("The report went out at 09:45; 09:30 was a typing error.");
        assertThat(text(robot, "#deadline-outcome-GDPR-SA")).isEqualTo("Met 2026-03-30 09:45 Z");
        assertThat(text(robot, "#deadline-corrected-GDPR-SA")).startsWith("Corrected 2026-03-30 10:00 Z by ")
                .endsWith(": The report went out at 09:45; 09:30 was a typing error.");
        var corrections = context.audit().ofCase(FIRST.toString()).stream()
                .filter(e -> e.action() == org.trustcase.model.audit.AuditAction.CLOCK_OUTCOME_CORRECTED).toList();
        assertThat(corrections).singleElement().satisfies(e -> assertThat(e.changes().get(0).before())
                .as("the earlier outcome is kept in the history").contains("2026-03-30T09:30:00Z"));

        reveal(robot, "#deadline-correct-GDPR-SA");
        robot.clickOn("#deadline-correct-GDPR-SA");
        robot.clickOn("#deadline-correct-withdrawn");
        robot.clickOn("#deadline-correct-reason").write("Marked on the wrong case.");
        robot.clickOn("#deadline-confirm");
        settle();
        assertThat(text(robot, "#deadline-status-GDPR-SA")).as("the clock runs again").isEqualTo("Running");
        assertThat(robot.lookup("#deadline-meet-GDPR-SA").tryQuery()).isPresent();
    }

    @Test
    void aClockIsWaivedWithItsLegalGroundAndFlagsAreSaved(FxRobot robot) {
        openDeadlinesTab(robot, FIRST);
        CheckBox processor = robot.lookup("#deadline-flag-processor").queryAs(CheckBox.class);
        assertThat(processor.isSelected()).isFalse();
        reveal(robot, "#deadline-flag-processor");
        robot.clickOn(processor);
        settle();
        assertThat(context.clocks().facts(FIRST).flags()).containsExactly("processor");
        assertThat(text(robot, "#deadline-status-GDPR-SA")).as("GDPR-SA does not apply to processors")
                .isEqualTo("Not applicable");
        assertThat(text(robot, "#deadline-status-GDPR-PROCESSOR")).isEqualTo("Due soon");
        reveal(robot, "#deadline-flag-processor");
        robot.clickOn("#deadline-flag-processor");
        settle();
        assertThat(context.clocks().facts(FIRST).flags()).isEmpty();

        reveal(robot, "#deadline-waive-GDPR-SA");
        robot.clickOn("#deadline-waive-GDPR-SA");
        Node confirm = robot.lookup("#deadline-confirm").query();
        assertThat(confirm.isDisabled()).isTrue();
        typeInto(robot, "#deadline-waive-ground");
        robot.write("No risk: returned unopened.");
        assertThat(confirm.isDisabled()).isFalse();
        robot.clickOn(confirm);
        settle();

        assertThat(text(robot, "#deadline-status-GDPR-SA")).isEqualTo("Waived");
        assertThat(text(robot, "#deadline-outcome-GDPR-SA"))
                .isEqualTo("Waived. Legal ground: No risk: returned unopened.");
        assertThat(context.clocks().facts(FIRST).outcomes().get("GDPR-SA").kind()).isEqualTo(ClockOutcome.Kind.WAIVED);
    }

    @Test
    void anEventInTheFutureCannotBeConfirmed(FxRobot robot) {
        openDeadlinesTab(robot, FIRST);
        assertThat(text(robot, "#deadline-event-value-determination")).isEqualTo("Not recorded");
        robot.clickOn("#deadline-event-determination");
        typeReplacing(robot, "#deadline-event-input", "2026-03-31 10:00");
        assertThat(robot.lookup("#deadline-confirm").query().isDisabled()).isTrue();
        assertThat(robot.lookup("This is in the future.").tryQuery()).isPresent();
        typeReplacing(robot, "#deadline-event-input", "yesterday");
        assertThat(robot.lookup("#deadline-confirm").query().isDisabled()).isTrue();
        typeReplacing(robot, "#deadline-event-input", "2026-03-30 09:15");
        robot.clickOn("#deadline-confirm");
        settle();
        assertThat(text(robot, "#deadline-event-value-determination")).isEqualTo("2026-03-30 09:15 Z");
    }
}
