package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class InlineValidationTest extends WindowTest {

    @Start
    void start(Stage stage) {
        seed("Phishing of three agents");
        show(stage);
    }

    private boolean disabled(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class).isDisabled();
    }

    private boolean showsProblem(FxRobot robot, String id) {
        return robot.lookup(id).query().getPseudoClassStates().stream()
                .anyMatch(state -> state.getPseudoClassName().equals("danger"));
    }

    @Test
    void intakeShowsEachProblemBesideItsField(FxRobot robot) {
        settle();
        shortcut(robot, KeyCode.N);
        typeInto(robot, "#intake-title");
        assertThat(disabled(robot, "#intake-save")).isTrue();
        assertThat(shown(robot, "#intake-title-problem")).as("untouched: nothing shown").isFalse();

        robot.write("X");
        assertThat(disabled(robot, "#intake-save")).isFalse();
        robot.type(KeyCode.BACK_SPACE);
        assertThat(disabled(robot, "#intake-save")).isTrue();
        assertThat(text(robot, "#intake-title-problem")).isEqualTo("Title is required");
        assertThat(showsProblem(robot, "#intake-title")).isTrue();
        robot.write("Phishing mail with a payroll attachment");
        assertThat(shown(robot, "#intake-title-problem")).isFalse();
        assertThat(showsProblem(robot, "#intake-title")).isFalse();

        robot.clickOn("#intake-jurisdictions").write("PL, XX");
        assertThat(disabled(robot, "#intake-save")).isTrue();
        robot.type(KeyCode.TAB);
        assertThat(text(robot, "#intake-jurisdictions-problem")).contains("Unknown jurisdiction code: XX");
        robot.clickOn("#intake-jurisdictions").eraseText(2).write("DE");
        assertThat(shown(robot, "#intake-jurisdictions-problem")).isFalse();
        assertThat(disabled(robot, "#intake-save")).isFalse();

        assertThat(shown(robot, "#intake-aware-gap-reason")).isFalse();
        robot.clickOn("#intake-detected-at").write("2026-03-29 18:00");
        assertThat(shown(robot, "#intake-aware-gap-reason")).isTrue();
        assertThat(disabled(robot, "#intake-save")).isFalse();
        robot.clickOn("#intake-aware-gap-reason").write("The attachment was confirmed to hold payroll data today.");
        assertThat(disabled(robot, "#intake-save")).isFalse();

        robot.clickOn("#intake-aware-at");
        shortcut(robot, KeyCode.A);
        robot.write("tomorrow");
        robot.type(KeyCode.TAB);
        assertThat(text(robot, "#intake-aware-at-problem")).contains("‘tomorrow’ is not a date and time");
        assertThat(disabled(robot, "#intake-save")).isTrue();

        robot.clickOn("#intake-cancel");
        settle();
        assertThat(org.trustcase.app.testing.TestContexts.allCases(context)).hasSize(1);
    }

    @Test
    void overviewRefusesToSaveWithoutATitle(FxRobot robot) {
        robot.clickOn("#nav-cases");
        settle();
        robot.doubleClickOn("TC-2026-0001");
        settle();
        assertThat(disabled(robot, "#overview-save")).isTrue();

        robot.clickOn("#overview-title");
        shortcut(robot, KeyCode.A);
        robot.type(KeyCode.BACK_SPACE);
        assertThat(text(robot, "#overview-title-problem")).isEqualTo("Title is required");
        assertThat(disabled(robot, "#overview-save")).isTrue();
        shortcut(robot, KeyCode.S);
        settle();
        assertThat(org.trustcase.app.testing.TestContexts.allCases(context).get(0).details().title()).isEqualTo("Phishing of three agents");

        focus(robot, "#overview-jurisdictions");
        robot.write("PL US-XX");
        robot.type(KeyCode.TAB);
        assertThat(text(robot, "#overview-jurisdictions-problem")).contains("US-XX");
    }
}
