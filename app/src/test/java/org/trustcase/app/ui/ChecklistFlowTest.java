package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.model.cases.CaseStatus;

/**
 * The case header says what is still needed as a compact checklist: collapsed at first, opened when a blocked step
 * is tried, each item a link to the field or tab where it is done; no red wall, no field keys, no raw instants.
 */
@ExtendWith(ApplicationExtension.class)
class ChecklistFlowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        var c = seed("Misdirected parcel with patient letters");
        context.cases().move(c.reference(), null, CaseStatus.TRIAGE, null);
        show(stage);
    }

    private void openCase(FxRobot robot) {
        robot.clickOn("#nav-cases");
        settle();
        robot.doubleClickOn("TC-2026-0001");
        settle();
    }

    @Test
    void theChecklistIsCollapsedOpensWhenABlockedStepIsTriedAndItsLinksGoToTheField(FxRobot robot) {
        openCase(robot);
        assertThat(shown(robot, "#case-checklist")).isTrue();
        assertThat(robot.lookup("#checklist-items").query().isVisible()).as("collapsed at first").isFalse();
        assertThat(text(robot, "#checklist-summary")).isEqualTo("1 for “Move to Investigating”");

        // a disabled button takes no click: its holder does, and opens the checklist
        Node blocked = robot.lookup("#move-investigating").query().getParent();
        robot.clickOn(blocked);
        assertThat(robot.lookup("#checklist-items").query().isVisible()).isTrue();
        assertThat(robot.lookup("#checklist-item-owner").queryLabeled().getText()).isEqualTo("No owner assigned");

        robot.clickOn("#case-tab-deadlines");
        settle();
        robot.clickOn("#checklist-item-owner");
        settle();
        TabPane tabs = robot.lookup("#case-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("case-tab-overview");
        assertThat(robot.lookup("#overview-owner").query().isFocused()).as("the link focuses its field").isTrue();
    }

    @Test
    void anItemDoneOnAnotherTabOpensThatTab(FxRobot robot) {
        var owner = context.cases().get(org.trustcase.model.cases.CaseReference.parse("TC-2026-0001"));
        context.cases().update(owner.reference(), owner.version(),
                owner.details().toBuilder().owner("Anna Kowalska").build());
        context.cases().move(owner.reference(), null, CaseStatus.INVESTIGATING, null);
        openCase(robot);
        assertThat(checklist(robot)).contains("For “Close case”: No risk assessment recorded")
                .doesNotContain("_", "containedAt", "T00:");
        robot.clickOn("#checklist-item-assessment");
        settle();
        TabPane tabs = robot.lookup("#case-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("case-tab-assessment");
    }
}
