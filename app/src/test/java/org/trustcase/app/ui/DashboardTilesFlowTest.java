package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.Jurisdiction;

/** The dashboard's deadline figures come first, and each tile opens the cases it counts. */
@ExtendWith(ApplicationExtension.class)
class DashboardTilesFlowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        polish("Overdue: aware four days ago", Duration.ofHours(80));
        polish("Due within a day", Duration.ofHours(71));
        polish("Due within three days", Duration.ofHours(10));
        seed("No jurisdiction yet");
        var triaged = context.cases().open(CaseDetails.builder().title("In triage").awareAt(NOW.minus(Duration.ofHours(2)))
                .jurisdictions(List.of(new Jurisdiction("PL"))).build());
        context.cases().move(triaged.reference(), null, CaseStatus.TRIAGE, null);
        show(stage);
    }

    private void polish(String title, Duration sinceAware) {
        context.cases().open(CaseDetails.builder().title(title).awareAt(NOW.minus(sinceAware))
                .jurisdictions(List.of(new Jurisdiction("PL"))).build());
    }

    @Test
    void eachDeadlineTileOpensTheCasesItCounts(FxRobot robot) {
        settle();
        assertThat(text(robot, "#dashboard-overdue")).isEqualTo("1");
        assertThat(text(robot, "#dashboard-due-within-day")).isEqualTo("1");
        assertThat(text(robot, "#dashboard-due-within-3-days")).isEqualTo("3");
        assertThat(text(robot, "#dashboard-without-clock")).isEqualTo("1");

        robot.clickOn("#dashboard-tile-overdue");
        settle();
        assertThat(listedTitles(robot)).containsExactly("Overdue: aware four days ago");
        assertThat(text(robot, "#cases-focus-text")).isEqualTo("With a legal clock overdue");

        robot.clickOn("#nav-dashboard");
        settle();
        robot.clickOn("#dashboard-tile-due-within-3-days");
        settle();
        assertThat(listedTitles(robot)).containsExactly("In triage", "Due within three days", "Due within a day");

        robot.clickOn("#nav-dashboard");
        settle();
        robot.clickOn("#dashboard-tile-without-clock");
        settle();
        assertThat(listedTitles(robot)).containsExactly("No jurisdiction yet");

        robot.clickOn("#cases-focus-clear");
        settle();
        assertThat(listedTitles(robot)).hasSize(5);
        assertThat(shown(robot, "#cases-focus")).isFalse();

        robot.clickOn("#cases-overdue-only");
        settle();
        assertThat(listedTitles(robot)).as("the switch beside the filter").containsExactly("Overdue: aware four days ago");
        robot.clickOn("#cases-overdue-only");
        settle();
        assertThat(listedTitles(robot)).hasSize(5);
    }

    @Test
    void aStatusTileOpensTheCasesOfThatStatus(FxRobot robot) {
        settle();
        assertThat(text(robot, "#dashboard-open-triage")).isEqualTo("1");
        robot.clickOn("#dashboard-tile-triage");
        settle();
        assertThat(listedTitles(robot)).containsExactly("In triage");
        assertThat(robot.lookup("#cases-status-filter").queryComboBox().getValue()).hasToString("TRIAGE");

        robot.clickOn("#nav-dashboard");
        settle();
        robot.clickOn("#dashboard-tile-new");
        settle();
        assertThat(listedTitles(robot)).hasSize(4).doesNotContain("In triage");
    }
}
