package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.notifications.Recipient;
import org.trustcase.model.notifications.RecipientStatus;
import org.trustcase.model.notifications.RowProblem;

/**
 * The recipient register on the Notifications tab: a file with refused rows dropped on it shows each refused row by
 * line and imports nothing; importing its valid rows fills the register and its counts.
 */
@ExtendWith(ApplicationExtension.class)
class RecipientsFlowTest extends WindowTest {
    @TempDir
    static Path files;
    private BreachCase breach;
    private Path file;

    @Start
    void start(Stage stage) throws IOException {
        breach = seed("Customer letters sent to previous addresses");
        file = Files.writeString(files.resolve("customers.csv"), String.join("\n",
                "name,email,address,language",
                "Anna Nowak,anna@example.pl,,pl",
                "Jan Kowalski,jan(at)example.pl,,",
                ",ewa@example.pl,,",
                "Piotr Zielinski,,\"ul. Polna 1",
                "00-001 Warszawa\",en",
                ""));
        show(stage);
    }

    @Test
    void aFileWithRefusedRowsShowsThemAndItsValidRowsAreImportedWhenAsked(FxRobot robot) {
        robot.clickOn("#nav-cases");
        settle();
        robot.doubleClickOn(breach.reference().toString());
        settle();
        robot.clickOn("#case-tab-notifications");
        settle();
        robot.clickOn("#notifications-part-recipients");
        settle();
        assertThat(text(robot, "#recipients-counts")).isEqualTo("0 recipients");

        assertThat(FileDrops.drop(robot, "#recipients-table", List.of(file.toFile()))).isTrue();
        settle();

        TableView<RowProblem> problems = robot.lookup("#recipients-problems").queryTableView();
        assertThat(problems.getItems()).extracting(RowProblem::line, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "email"), org.assertj.core.groups.Tuple.tuple(4L, "name"));
        assertThat(text(robot, "#recipients-notice")).isEqualTo(
                "customers.csv: 2 rows refused, nothing imported. Correct the file and import it again, or import"
                        + " the valid rows.");
        assertThat(context.recipients().list(breach.reference(), null, 0, 10)).isEmpty();

        robot.clickOn("#recipients-import-valid");
        settle();

        TableView<Recipient> table = robot.lookup("#recipients-table").queryTableView();
        assertThat(table.getItems()).extracting(Recipient::name).containsExactly("Anna Nowak", "Piotr Zielinski");
        assertThat(text(robot, "#recipients-counts")).isEqualTo("2 recipients · Pending 2");
        assertThat(text(robot, "#recipients-notice")).isEqualTo(
                "Imported 2 recipients; 0 were in the register already; 2 rows refused.");
        assertThat(shown(robot, "#recipients-problems-pane")).isTrue();
        robot.clickOn("#recipients-problems-dismiss");
        assertThat(shown(robot, "#recipients-problems-pane")).isFalse();

        // a selection of the register set to a status at once
        robot.interact(() -> table.getSelectionModel().selectAll());
        assertThat(text(robot, "#recipients-selection")).isEqualTo("2 recipients chosen");
        robot.interact(() -> robot.lookup("#recipients-new-status").<RecipientStatus>queryComboBox()
                .getSelectionModel().select(RecipientStatus.DELIVERED));
        robot.clickOn("#recipients-status-channel").write("post");
        robot.clickOn("#recipients-set-status");
        settle();
        assertThat(text(robot, "#recipients-notice")).isEqualTo("2 recipients set to Delivered.");
        assertThat(text(robot, "#recipients-counts")).isEqualTo("2 recipients · Delivered 2");
    }
}
