package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.tasks.TaskRow;
import org.trustcase.model.tasks.TaskStatus;

/**
 * The Tasks tab: a task linked to the authority's clock shows the clock's due time, a task is done, another is not
 * needed with its reason, and the counts follow.
 */
@ExtendWith(ApplicationExtension.class)
class TasksFlowTest extends WindowTest {
    private BreachCase breach;

    @Start
    void start(Stage stage) {
        breach = context.cases().open(CaseDetails.builder().title("Laptop stolen from a car")
                .jurisdictions(List.of(new Jurisdiction("PL"))).awareAt(NOW.minusSeconds(3600)).build());
        show(stage);
    }

    @Test
    void tasksAreAddedLinkedToAClockDoneAndNotNeeded(FxRobot robot) {
        robot.clickOn("#nav-cases");
        settle();
        robot.doubleClickOn(breach.reference().toString());
        settle();
        robot.clickOn("#case-tab-tasks");
        settle();
        assertThat(text(robot, "#tasks-counts")).isEqualTo("No task yet · 0 to do");

        robot.clickOn("#tasks-new-title").write("Notify UODO");
        robot.interact(() -> robot.lookup("#tasks-new-clock").<String>queryComboBox().setValue("GDPR-SA"));
        robot.clickOn("#tasks-add");
        settle();
        robot.clickOn("#tasks-new-title").write("Wipe the laptop");
        robot.clickOn("#tasks-add");
        settle();

        TableView<TaskRow> table = robot.lookup("#tasks-table").queryTableView();
        assertThat(table.getItems()).extracting(r -> r.task().title()).containsExactly("Notify UODO",
                "Wipe the laptop");
        assertThat(table.getItems().get(0).dueAt()).isEqualTo(NOW.minusSeconds(3600).plusSeconds(72 * 3600));
        assertThat(text(robot, "#tasks-counts")).isEqualTo("2 tasks · 2 to do");

        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn("#tasks-done");
        settle();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#tasks-reason").write("Told by phone");
        robot.clickOn("#tasks-not-needed");
        settle();

        assertThat(table.getItems()).extracting(r -> r.task().status()).containsExactly(TaskStatus.NOT_NEEDED,
                TaskStatus.DONE);
        assertThat(text(robot, "#tasks-counts")).isEqualTo("2 tasks · 0 to do");
        assertThat(context.tasks().list(breach.reference()).get(0).task().reason()).isEqualTo("Told by phone");

        // a playbook adds its tasks after these
        robot.interact(() -> {
            javafx.scene.control.ComboBox<org.trustcase.model.tasks.Playbook> playbooks =
                    robot.lookup("#tasks-playbook").queryComboBox();
            playbooks.setValue(playbooks.getItems().stream().filter(p -> p.name().equals("lost-or-stolen-device"))
                    .findFirst().orElseThrow());
        });
        robot.clickOn("#tasks-apply-playbook");
        settle();
        assertThat(text(robot, "#tasks-notice")).startsWith("Lost or stolen device: ").endsWith(" tasks added.");
        assertThat(table.getItems().get(2).task().title()).isEqualTo("Wipe or lock the device remotely");
        assertThat(table.getItems()).hasSizeGreaterThan(8);
    }
}
