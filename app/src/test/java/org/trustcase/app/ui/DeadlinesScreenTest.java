package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.app.ui.deadlines.DeadlineEntry;
import org.trustcase.model.caselist.CaseRow;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.Jurisdiction;

@ExtendWith(ApplicationExtension.class)
class DeadlinesScreenTest extends WindowTest {

    @Start
    void start(Stage stage) {
        BreachCase laptop = open("Lost laptop with HR files", Duration.ofHours(1));
        context.clocks().setFlags(laptop.reference(), java.util.Set.of("dora-financial-entity"));
        open("Ransomware on the Kraków file server", Duration.ofDays(4));
        BreachCase dismissed = open("Test data in staging", Duration.ofHours(5));
        context.cases().move(dismissed.reference(), null, CaseStatus.NOT_A_BREACH, "Synthetic addresses only.");
        show(stage);
    }

    private BreachCase open(String title, Duration awareAgo) {
        return context.cases().open(CaseDetails.builder().title(title).awareAt(NOW.minus(awareAgo))
                .jurisdictions(List.of(Jurisdiction.parse("PL", "jurisdictions"))).build());
    }

    @SuppressWarnings("unchecked")
    private TableView<DeadlineEntry> deadlinesTable(FxRobot robot) {
        return robot.lookup("#deadlines-table").queryAs(TableView.class);
    }

    @Test
    void overdueClocksAreListedAboveRunningOnesAndOpenTheCaseOnItsDeadlinesTab(FxRobot robot) {
        robot.clickOn("#nav-deadlines");
        settle();
        List<String> rows = deadlinesTable(robot).getItems().stream()
                .map(entry -> entry.reference() + " " + entry.ruleId()).toList();
        assertThat(rows).containsExactly("TC-2026-0002 GDPR-SA", "TC-2026-0001 DORA-INITIAL", "TC-2026-0001 GDPR-SA");
        assertThat(text(robot, "#deadlines-count")).isEqualTo("2 clocks running · 1 overdue");
        assertThat(robot.lookup("overdue by 1 d").tryQuery()).isPresent();
        assertThat(robot.lookup("in 2 d 23 h").tryQuery()).isPresent();
        assertThat(robot.lookup("Overdue").tryQuery()).isPresent();
        assertThat(robot.lookup("Lost laptop with HR files").tryQuery()).isPresent();

        advance(robot, Duration.ofHours(1));
        assertThat(robot.lookup("in 2 d 22 h").tryQuery()).as("the countdown ticks").isPresent();

        robot.clickOn("#deadlines-show-waiting");
        settle();
        assertThat(deadlinesTable(robot).getItems()).extracting(entry -> entry.clock().status().code())
                .containsExactly("overdue", "running", "running", "waiting", "waiting");

        robot.doubleClickOn("Lost laptop with HR files");
        settle();
        assertThat(text(robot, "#case-reference")).isEqualTo("TC-2026-0001");
        assertThat(shown(robot, "#deadline-row-GDPR-SA")).as("opened on the Deadlines tab").isTrue();
        assertThat(text(robot, "#deadline-countdown-GDPR-SA")).isEqualTo("in 2 d 22 h");
    }

    @Test
    void theCasesTableShowsTheNextDeadlineAndSortsByIt(FxRobot robot) {
        robot.clickOn("#nav-cases");
        settle();
        assertThat(robot.lookup("GDPR-SA · overdue by 1 d").tryQuery()).isPresent();
        assertThat(robot.lookup("DORA-INITIAL · in 23 h").tryQuery()).as("the soonest running clock").isPresent();
        assertThat(robot.lookup("GDPR-SA · overdue by 1 d").query().getStyleClass()).contains("clock-overdue");
        assertThat(robot.lookup("—").tryQuery()).as("a closed case has no next deadline").isPresent();

        TableView<CaseRow> table = robot.lookup("#cases-table").queryAs(TableView.class);
        TableColumn<CaseRow, ?> next = table.getColumns().stream()
                .filter(column -> "cases-column-next-deadline".equals(column.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            next.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(next);
        });
        settle();
        assertThat(table.getItems()).extracting(c -> c.reference().toString())
                .containsExactly("TC-2026-0002", "TC-2026-0001", "TC-2026-0003");

        advance(robot, Duration.ofMinutes(90));
        assertThat(robot.lookup("DORA-INITIAL · in 21 h 30 min").tryQuery()).as("the countdown ticks").isPresent();
    }
}
