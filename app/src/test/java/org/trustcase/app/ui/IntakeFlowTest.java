package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.model.caselist.CaseRow;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.Jurisdiction;

@ExtendWith(ApplicationExtension.class)
class IntakeFlowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        seed("Ransomware on the file server");
        seed("Lost laptop");
        show(stage);
    }

    @Test
    void aCaseIsOpenedWithTheKeyboardAloneThenListedAndFound(FxRobot robot) {
        settle();
        shortcut(robot, KeyCode.N);
        typeInto(robot, "#intake-title");
        assertThat(robot.lookup("#intake-title").queryAs(TextField.class).isFocused()).isTrue();
        assertThat(robot.lookup("#intake-aware-at").queryAs(TextField.class).getText()).isEqualTo("2026-03-30 10:00");

        robot.write("Payroll export sent to the wrong address");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#intake-title").tryQuery()).as("Enter does not submit").isPresent();

        robot.type(KeyCode.TAB).write("Sent to a former accountant.");
        robot.type(KeyCode.TAB).write("Marta, HR");
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#intake-channel").query().isFocused()).isTrue();
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#intake-detected-at").query().isFocused()).isTrue();
        robot.type(KeyCode.TAB);
        shortcut(robot, KeyCode.A);
        robot.write("2026-03-30 09:15");
        robot.type(KeyCode.TAB).write("pl, DE");
        assertThat(robot.lookup("#intake-jurisdictions").query().isFocused()).isTrue();
        robot.type(KeyCode.TAB).write("Anna Kowalska");
        assertThat(robot.lookup("#intake-owner").query().isFocused()).as("the owner is asked at intake").isTrue();
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#intake-save").query().isFocused()).isTrue();
        assertThat(robot.lookup("#intake-save").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#intake-saving").query().isVisible()).as("no progress shown before saving").isFalse();

        shortcut(robot, KeyCode.ENTER);
        settle();

        assertThat(robot.lookup("#intake-title").tryQuery()).as("intake closed").isEmpty();
        assertThat(text(robot, "#case-reference")).isEqualTo("TC-2026-0003");
        assertThat(text(robot, "#case-title")).isEqualTo("Payroll export sent to the wrong address");
        BreachCase stored = org.trustcase.app.testing.TestContexts.allCases(context).get(0);
        assertThat(stored.details().awareAt()).isEqualTo(Instant.parse("2026-03-30T09:15:00Z"));
        assertThat(stored.details().reporter()).isEqualTo("Marta, HR");
        assertThat(stored.details().owner()).isEqualTo("Anna Kowalska");
        assertThat(stored.details().jurisdictions()).extracting(Jurisdiction::code).containsExactly("PL", "DE");
        assertThat(stored.status()).isEqualTo(CaseStatus.NEW);

        robot.clickOn("#nav-cases");
        settle();
        TableView<?> table = robot.lookup("#cases-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        assertThat(((CaseRow) table.getItems().get(0)).reference().toString()).isEqualTo("TC-2026-0003");
        assertThat(text(robot, "#cases-count")).isEqualTo("3 of 3 cases");

        robot.clickOn("#search").write("payroll");
        settle();
        assertThat(table.getItems()).hasSize(1);
        assertThat(text(robot, "#cases-count")).isEqualTo("1 of 3 cases");
        robot.eraseText(7).write("de");
        settle();
        assertThat(table.getItems()).extracting(item -> ((CaseRow) item).reference().toString())
                .containsExactly("TC-2026-0003");
        robot.eraseText(2).write("LAPTOP");
        settle();
        assertThat(table.getItems()).extracting(item -> ((CaseRow) item).title())
                .containsExactly("Lost laptop");

        robot.type(KeyCode.ENTER);
        settle();
        assertThat(text(robot, "#case-reference")).isEqualTo("TC-2026-0002");
    }

    @Test
    void escapeCancelsTheIntakeAndNothingIsStored(FxRobot robot) {
        robot.clickOn("#nav-cases");
        settle();
        robot.clickOn("#new-case");
        typeInto(robot, "#intake-title");
        robot.write("Half-typed");
        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(robot.lookup("#intake-title").tryQuery()).isEmpty();
        assertThat(org.trustcase.app.testing.TestContexts.allCases(context)).hasSize(2);
    }
}
