package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.Jurisdiction;

/**
 * A case with no jurisdiction, or with one no deadline rule covers, says that it has no clock wherever clocks are
 * shown: the cases table, the case header, its Deadlines tab and the dashboard; never a "—" like a closed case.
 */
@ExtendWith(ApplicationExtension.class)
class NoClockFlowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        seed("Laptop left on a train");
        // Antarctica has no data-protection authority: no rule will ever cover it
        context.cases().open(CaseDetails.builder().title("Research station mailbox").awareAt(NOW.minusSeconds(3600))
                .jurisdictions(List.of(new Jurisdiction("AQ"))).build());
        context.cases().open(CaseDetails.builder().title("Warsaw office and the research station")
                .awareAt(NOW.minusSeconds(3600)).jurisdictions(List.of(new Jurisdiction("PL"), new Jurisdiction("AQ")))
                .build());
        // a high-risk case whose authority was told: its next clock is telling the subjects, a target
        var told = context.cases().open(CaseDetails.builder().title("Patient letters to the wrong address")
                .awareAt(NOW.minusSeconds(3600)).jurisdictions(List.of(new Jurisdiction("PL"))).build());
        context.assessments().assess(told.reference(), new org.trustcase.model.severity.SeverityInputs(
                org.trustcase.model.severity.DataType.SENSITIVE, List.of(),
                org.trustcase.model.severity.IdentificationEase.MAXIMUM, new java.math.BigDecimal("0.5"),
                java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, false), "Health data, named patients");
        var suggestion = context.assessments().suggest(told.reference());
        context.assessments().decide(told.reference(), new org.trustcase.model.assessment.DecisionDraft(
                suggestion.notifyAuthority(), "As assessed", suggestion.notifySubjects(), "As assessed", null, null));
        context.clocks().meet(told.reference(), "GDPR-SA", NOW.minusSeconds(600), null);
        show(stage);
    }

    private String nextDeadlineOf(FxRobot robot, String reference) {
        @SuppressWarnings("unchecked")
        TableCell<?, ?> cell = robot.lookup(".countdown-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableRow() != null && c.getTableRow().getItem() != null
                        && c.getTableRow().getItem().toString().contains(reference))
                .findFirst().orElseThrow();
        return cell.getText();
    }

    @Test
    void everyPlaceThatShowsClocksSaysWhenACaseHasNone(FxRobot robot) {
        settle();
        assertThat(text(robot, "#dashboard-without-clock")).isEqualTo("2");

        robot.clickOn("#nav-cases");
        settle();
        assertThat(nextDeadlineOf(robot, "TC-2026-0001")).isEqualTo("no clock: add a jurisdiction");
        assertThat(nextDeadlineOf(robot, "TC-2026-0002")).isEqualTo("no clock: no rule for AQ");
        assertThat(nextDeadlineOf(robot, "TC-2026-0003")).startsWith("GDPR-SA ·");
        assertThat(nextDeadlineOf(robot, "TC-2026-0004")).as("a target looks different from a legal deadline")
                .startsWith("GDPR-DS (target) ·");

        robot.doubleClickOn("TC-2026-0001");
        settle();
        assertThat(shown(robot, "#case-clock-gap")).isTrue();
        assertThat(text(robot, "#case-clock-gap")).startsWith("No clock: add a jurisdiction.")
                .contains("Overview tab");
        robot.clickOn("#case-tab-deadlines");
        settle();
        assertThat(robot.lookup("#deadline-coverage").queryAs(Labeled.class).getText())
                .startsWith("No clock: add a jurisdiction.");
        assertThat(robot.lookup("#deadline-clocks-none").tryQuery()).isEmpty();

        robot.clickOn("#case-back");
        settle();
        robot.doubleClickOn("TC-2026-0003");
        settle();
        assertThat(text(robot, "#case-clock-gap"))
                .startsWith("No deadline rule covers AQ: its notification duties there are not tracked.");
    }

    @Test
    void aCaseWhoseJurisdictionsAreCoveredShowsNoGap(FxRobot robot) {
        var first = context.cases().get(org.trustcase.model.cases.CaseReference.parse("TC-2026-0001"));
        context.cases().update(first.reference(), first.version(), CaseDetails.builder().title("Laptop left on a train").awareAt(NOW.minusSeconds(3600))
                .jurisdictions(List.of(new Jurisdiction("DE"))).build());
        robot.clickOn("#nav-cases");
        settle();
        robot.doubleClickOn("TC-2026-0001");
        settle();
        assertThat(shown(robot, "#case-clock-gap")).isFalse();
    }
}
