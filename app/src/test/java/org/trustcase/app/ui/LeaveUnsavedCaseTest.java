package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.model.cases.BreachCase;

/**
 * Leaving a case with unsaved edits asks: save, discard or stay — by the navigation, the breadcrumb, Esc, another
 * case and closing the window. Staying keeps the edits; discarding stores nothing; saving stores them, then leaves.
 */
@ExtendWith(ApplicationExtension.class)
class LeaveUnsavedCaseTest extends WindowTest {
    private Stage stage;
    private final AtomicInteger closed = new AtomicInteger();
    private BreachCase first;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        first = seed("Misdirected parcel with patient letters");
        seed("Lost USB stick");
        show(stage);
        window.closeThrough(stage, closed::incrementAndGet);
    }

    private void editOwnerOfTheFirstCase(FxRobot robot, String owner) {
        robot.clickOn("#nav-cases");
        settle();
        robot.doubleClickOn("TC-2026-0001");
        settle();
        focus(robot, "#overview-owner");
        robot.write(owner);
    }

    private String storedOwner() {
        return context.cases().get(first.reference()).details().owner();
    }

    private boolean asking(FxRobot robot) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#leave-dialog").tryQuery().isPresent();
    }

    @Test
    void stayingKeepsTheEditsAndTheCaseOnScreen(FxRobot robot) {
        editOwnerOfTheFirstCase(robot, "Anna Kowalska");

        robot.clickOn("#nav-dashboard");
        assertThat(asking(robot)).isTrue();
        robot.clickOn("#leave-stay");
        settle();

        assertThat(text(robot, "#case-reference")).isEqualTo("TC-2026-0001");
        assertThat(robot.lookup("#overview-owner").queryAs(TextField.class).getText()).isEqualTo("Anna Kowalska");
        assertThat(robot.lookup("#nav-cases").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .as("the navigation still shows where the user is").isTrue();
        assertThat(storedOwner()).isNull();

        robot.clickOn("#case-back");
        assertThat(asking(robot)).as("the breadcrumb asks too").isTrue();
        robot.clickOn("#leave-stay");
        settle();
        assertThat(text(robot, "#case-reference")).isEqualTo("TC-2026-0001");
    }

    @Test
    void discardingLeavesWithoutStoringAnything(FxRobot robot) {
        editOwnerOfTheFirstCase(robot, "Anna Kowalska");
        long version = context.cases().get(first.reference()).version();

        robot.clickOn("#case-back");
        robot.clickOn("#leave-discard");
        settle();

        assertThat(robot.lookup("#case-reference").tryQuery()).isEmpty();
        assertThat(storedOwner()).isNull();
        assertThat(context.cases().get(first.reference()).version()).isEqualTo(version);
    }

    @Test
    void savingStoresTheEditsThenLeavesEscAsksAsWell(FxRobot robot) {
        editOwnerOfTheFirstCase(robot, "Anna Kowalska");

        robot.type(KeyCode.ESCAPE);
        assertThat(asking(robot)).isTrue();
        robot.clickOn("#leave-save");
        settle();

        assertThat(robot.lookup("#case-reference").tryQuery()).isEmpty();
        assertThat(storedOwner()).isEqualTo("Anna Kowalska");
    }

    @Test
    void openingAnotherCaseAsksAndAnUneditedCaseIsLeftAtOnce(FxRobot robot) {
        editOwnerOfTheFirstCase(robot, "Anna Kowalska");

        javafx.application.Platform.runLater(() -> window.navigation().openCase(org.trustcase.model.cases.CaseReference.parse("TC-2026-0002")));
        assertThat(asking(robot)).isTrue();
        robot.clickOn("#leave-discard");
        settle();
        assertThat(text(robot, "#case-reference")).isEqualTo("TC-2026-0002");

        robot.clickOn("#nav-dashboard");
        settle();
        assertThat(asking(robot)).as("nothing unsaved, nothing asked").isFalse();
        assertThat(robot.lookup("#dashboard-status-cards").tryQuery()).isPresent();
    }

    @Test
    void closingTheWindowWithUnsavedEditsAsksFirst(FxRobot robot) {
        editOwnerOfTheFirstCase(robot, "Anna Kowalska");

        javafx.application.Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(asking(robot)).isTrue();
        robot.clickOn("#leave-stay");
        settle();
        assertThat(closed).as("the user stayed").hasValue(0);
        assertThat(stage.isShowing()).isTrue();

        javafx.application.Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(asking(robot)).isTrue();
        robot.clickOn("#leave-save");
        settle();
        assertThat(closed).hasValue(1);
        assertThat(storedOwner()).isEqualTo("Anna Kowalska");
    }
}
