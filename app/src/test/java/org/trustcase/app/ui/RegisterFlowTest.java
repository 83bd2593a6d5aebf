package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.app.ui.reports.Printing;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.reports.RegisterFilter;
import org.trustcase.model.reports.RegisterRow;

/** The Breach register screen: the period's cases, a narrower period, and the register exported as CSV. */
@ExtendWith(ApplicationExtension.class)
class RegisterFlowTest extends WindowTest {
    @TempDir
    static Path folder;

    @Override
    protected Printing printing() {
        return noPrinter(suggestedName -> Optional.of(folder.resolve(suggestedName)));
    }

    @Start
    void start(Stage stage) {
        var lost = context.cases().open(CaseDetails.builder().title("Lost USB stick")
                .awareAt(NOW.minusSeconds(40 * 86_400)).jurisdictions(List.of(new Jurisdiction("PL"))).build());
        context.clocks().meet(lost.reference(), "GDPR-SA", NOW.minusSeconds(39 * 86_400), null);
        context.cases().move(seed("Phished mailbox").reference(), null, CaseStatus.TRIAGE, null);
        seed("Misdirected letters");
        show(stage);
    }

    @Test
    void thePeriodsCasesAreListedNarrowedAndExported(FxRobot robot) throws Exception {
        robot.clickOn("#nav-register");
        settle();
        TableView<RegisterRow> table = robot.lookup("#register-table").queryTableView();
        assertThat(table.getItems()).extracting(r -> r.breachCase().details().title())
                .containsExactly("Lost USB stick", "Phished mailbox", "Misdirected letters");
        assertThat(text(robot, "#register-count")).isEqualTo("3 cases in the period");

        robot.interact(() -> robot.lookup("#register-from").<javafx.scene.control.DatePicker>query()
                .setValue(LocalDate.of(2026, 3, 1)));
        settle();
        assertThat(table.getItems()).hasSize(2);

        robot.clickOn("#register-export-csv");
        settle();
        Path csv = folder.resolve("breach-register-2026-03-01-to-2026-03-30.csv");
        assertThat(text(robot, "#register-notice")).isEqualTo("2 cases written to " + csv + ".");
        List<String> lines = Files.readAllLines(csv);
        // a byte order mark first, so that spreadsheet programs read the file as UTF-8
        assertThat(lines.get(0)).startsWith("\uFEFFreference,title,status,occurred_from");
        assertThat(lines).hasSize(3);
    }

    @Test
    void theFiltersNarrowTheRegisterAndItsExport(FxRobot robot) throws Exception {
        robot.clickOn("#nav-register");
        settle();
        TableView<RegisterRow> table = robot.lookup("#register-table").queryTableView();
        robot.interact(() -> robot.lookup("#register-statuses").<org.controlsfx.control.CheckComboBox<CaseStatus>>query()
                .getCheckModel().check(CaseStatus.TRIAGE));
        settle();
        assertThat(table.getItems()).extracting(r -> r.breachCase().details().title()).containsExactly("Phished mailbox");
        assertThat(text(robot, "#register-count")).isEqualTo("1 case in the period kept by the filters");

        robot.clickOn("#register-export-csv");
        settle();
        assertThat(Files.readAllLines(folder.resolve("breach-register-2026-01-01-to-2026-03-30.csv")))
                .hasSize(2).last().asString().contains("Phished mailbox");

        robot.interact(() -> robot.lookup("#register-authority").<javafx.scene.control.ComboBox<RegisterFilter.AuthorityNotice>>query()
                .setValue(RegisterFilter.AuthorityNotice.NOTIFIED));
        settle();
        assertThat(table.getItems()).isEmpty();

        robot.clickOn("#register-filter-clear");
        settle();
        assertThat(table.getItems()).hasSize(3);
        assertThat(text(robot, "#register-count")).isEqualTo("3 cases in the period");
    }

    @Test
    void theDashboardsNotificationFiguresOpenTheYearsRegisterOfTheBreachesNotified(FxRobot robot) {
        robot.clickOn("#nav-dashboard");
        settle();
        robot.interact(() -> robot.lookup(".scroll-pane").queryAll()
                .forEach(pane -> ((javafx.scene.control.ScrollPane) pane).setVvalue(1)));
        robot.clickOn("#dashboard-tile-within-72");
        settle();
        assertThat(robot.lookup("#register-from").<javafx.scene.control.DatePicker>query().getValue())
                .isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(robot.lookup("#register-to").<javafx.scene.control.DatePicker>query().getValue())
                .isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(robot.lookup("#register-table").<RegisterRow>queryTableView().getItems())
                .extracting(r -> r.breachCase().details().title()).containsExactly("Lost USB stick");
        assertThat(robot.lookup("#register-authority").<javafx.scene.control.ComboBox<RegisterFilter.AuthorityNotice>>query()
                .getValue()).isEqualTo(RegisterFilter.AuthorityNotice.NOTIFIED);
        assertThat(text(robot, "#register-count")).isEqualTo("1 case in the period kept by the filters");
    }
}
