package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseStatus;

/** A settled case is read-only in the window, says why, and opens up again once reopened with a reason. */
@ExtendWith(ApplicationExtension.class)
class SettledCaseWindowTest extends WindowTest {
    private BreachCase settled;

    @Start
    void start(Stage stage) {
        settled = seed("Parcel returned unopened");
        context.cases().move(settled.reference(), null, CaseStatus.NOT_A_BREACH,
                "The parcel came back sealed; nobody read the letters");
        seed("Misdirected e-mail");
        show(stage);
    }

    private void openCase(FxRobot robot, String reference) {
        robot.clickOn("#nav-cases");
        settle();
        robot.doubleClickOn(reference);
        settle();
        assertThat(text(robot, "#case-reference")).isEqualTo(reference);
    }

    @Test
    void aSettledCasesFieldsAreReadOnlyAndSayWhy(FxRobot robot) {
        openCase(robot, settled.reference().toString());
        assertThat(shown(robot, "#overview-settled")).isTrue();
        assertThat(text(robot, "#overview-settled")).isEqualTo(
                "This case is settled (Not a breach): its record is read-only until it is reopened with a reason.");
        TextField title = robot.lookup("#overview-title").queryAs(TextField.class);
        assertThat(title.isDisabled()).as("the title cannot be edited").isTrue();
        assertThat(robot.lookup("#overview-owner").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#overview-save").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn(title);
        robot.write("Rewritten");
        assertThat(title.getText()).isEqualTo("Parcel returned unopened");

        context.cases().move(settled.reference(), null, CaseStatus.TRIAGE, "The same address had a second parcel");
        robot.clickOn("#nav-cases");
        settle();
        robot.doubleClickOn("TC-2026-0002");
        settle();
        assertThat(shown(robot, "#overview-settled")).as("an open case says nothing").isFalse();
        assertThat(robot.lookup("#overview-title").query().isDisabled()).isFalse();
    }
}
