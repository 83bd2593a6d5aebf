package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** At 1024×700 nothing is out of reach: every workflow button of a case and every column of the Cases table. */
@ExtendWith(ApplicationExtension.class)
class SmallScreenTest extends DemoWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        showDemo(stage);
        stage.setWidth(1024);
        stage.setHeight(700);
    }

    private boolean inWindow(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        double width = stage.getScene().getWidth();
        double height = stage.getScene().getHeight();
        return bounds.getMinX() >= 0 && bounds.getMaxX() <= width + 0.5 && bounds.getMinY() >= 0
                && bounds.getMaxY() <= height + 0.5;
    }

    @Test
    void everyColumnOfTheCasesTableCanBeReached(FxRobot robot) {
        robot.clickOn("#nav-cases");
        settle();
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#cases-table").queryAs(TableView.class);
        Bounds tableBounds = table.localToScene(table.getBoundsInLocal());
        for (TableColumn<Object, ?> column : table.getColumns()) {
            robot.interact(() -> table.scrollToColumn(column));
            Node header = robot.lookup("#" + column.getId()).query();
            Bounds bounds = header.localToScene(header.getBoundsInLocal());
            assertThat(bounds.getMaxX()).as(column.getText() + " is in view once scrolled to")
                    .isLessThanOrEqualTo(tableBounds.getMaxX() + 0.5);
            assertThat(bounds.getMinX()).as(column.getText()).isGreaterThanOrEqualTo(tableBounds.getMinX() - 0.5);
            assertThat(bounds.getWidth()).as(column.getText() + " keeps its minimum width")
                    .isGreaterThanOrEqualTo(column.getMinWidth() - 0.5);
        }
    }

    @Test
    void everyWorkflowButtonOfACaseIsInTheWindow(FxRobot robot) {
        for (String reference : new String[] {"TC-2026-0001", "TC-2026-0002", "TC-2026-0003"}) {
            robot.interact(() -> window.navigation().openCase(org.trustcase.model.cases.CaseReference.parse(reference)));
            settle();
            Node buttons = robot.lookup("#workflow-buttons").query();
            java.util.Set<Node> shown = robot.lookup("#workflow-buttons .button").queryAll();
            assertThat(shown).as(reference).isNotEmpty();
            for (Node button : shown) {
                assertThat(inWindow(button)).as(reference + " " + button.getId()).isTrue();
            }
            assertThat(inWindow(buttons)).isTrue();
            assertThat(inWindow(robot.lookup("#overview-save").query())).as("Save of " + reference).isTrue();
        }
    }
}
