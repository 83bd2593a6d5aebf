package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.model.cases.BreachCase;

/** The case view shows the registered case tabs, in their order, and opens on the one asked for. */
@ExtendWith(ApplicationExtension.class)
class CaseTabsFlowTest extends WindowTest {
    private BreachCase breachCase;

    @Start
    void start(Stage stage) {
        breachCase = seed("Misdirected parcel with patient letters");
        show(stage);
    }

    private TabPane tabs(FxRobot robot) {
        return robot.lookup("#case-tabs").queryAs(TabPane.class);
    }

    @Test
    void aCaseShowsTheRegisteredTabsInOrderAndNoPlaceholders(FxRobot robot) {
        robot.interact(() -> window.navigation().openCase(breachCase.reference()));
        settle();

        assertThat(tabs(robot).getTabs()).extracting(Tab::getId)
                .containsExactly("case-tab-overview", "case-tab-assessment", "case-tab-tasks", "case-tab-timeline",
                        "case-tab-deadlines",
                        "case-tab-evidence",
                        "case-tab-notifications", "case-tab-audit");
        assertThat(tabs(robot).getTabs()).extracting(Tab::getText)
                .containsExactly("Overview", "Assessment", "Tasks", "Timeline", "Deadlines", "Evidence", "Notifications",
                        "Audit");
        assertThat(tabs(robot).getSelectionModel().getSelectedItem().getId()).isEqualTo("case-tab-overview");
        assertThat(robot.lookup("#case-tabs .placeholder-text").tryQuery()).isEmpty();
    }

    @Test
    void aCaseOpensOnTheTabItWasAskedFor(FxRobot robot) {
        robot.interact(() -> window.navigation().openCase(breachCase.reference(), "case-tab-audit"));
        settle();

        assertThat(tabs(robot).getSelectionModel().getSelectedItem().getId()).isEqualTo("case-tab-audit");
        assertThat(shown(robot, "#case-audit-table")).isTrue();
    }
}
