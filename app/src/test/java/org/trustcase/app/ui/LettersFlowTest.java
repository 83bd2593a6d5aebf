package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.DataCategory;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.deadlines.ClockStatus;
import org.trustcase.model.notifications.LetterBatch;
import org.trustcase.model.notifications.RecipientStatus;
import org.trustcase.model.notifications.RowProblem;
import org.trustcase.model.notifications.SentNotification;
import org.trustcase.model.organisation.OrganisationProfile;
import org.trustcase.model.severity.DataType;
import org.trustcase.model.severity.IdentificationEase;
import org.trustcase.model.severity.SeverityInputs;

/**
 * From the recipient file to the data subjects' clock met, on the Notifications tab: a file with refused rows shows
 * them, its valid rows are imported, the authority draft is completed and the authority's notification recorded,
 * letters are generated into a folder, and marking the batch sent meets GDPR-DS.
 */
@ExtendWith(ApplicationExtension.class)
class LettersFlowTest extends WindowTest {
    @TempDir
    static Path files;
    private BreachCase breach;
    private Path file;

    @Start
    void start(Stage stage) throws IOException {
        breach = context.cases().open(CaseDetails.builder().title("Customer letters sent to previous addresses")
                .summary("Insurance letters were posted to customers' previous addresses.")
                .remedialActions("The address file was corrected and the mail-merge checked.")
                .dataCategories(Set.of(DataCategory.BASIC_IDENTIFIERS, DataCategory.ECONOMIC_FINANCIAL))
                .jurisdictions(List.of(new Jurisdiction("PL"))).awareAt(NOW.minusSeconds(3600)).build());
        context.organisation().update(new OrganisationProfile("Ubezpieczenia Przykładowe S.A.", "ul. Długa 1\n"
                + "00-001 Warszawa", "", "Julia Kaczmarek", "iod@example.pl", "+48 22 000 00 00", null,
                "Europe/Warsaw", "pl", Set.of()));
        context.assessments().assess(breach.reference(), new SeverityInputs(DataType.FINANCIAL, List.of(),
                IdentificationEase.MAXIMUM, new BigDecimal("0.5"), BigDecimal.ZERO, BigDecimal.ZERO, false), null);
        context.assessments().decide(breach.reference(), new DecisionDraft(true, "Financial data", true,
                "Customers must watch for misuse", null, null));
        file = Files.writeString(files.resolve("customers.csv"), String.join("\n",
                "name,email,address,language",
                "Anna Nowak,anna@example.pl,,pl",
                "Jan Kowalski,jan(at)example.pl,,",
                "John Smith,john@example.com,,en",
                ""));
        show(stage);
    }

    @Test
    void importLettersAndMarkThemSentUntilTheSubjectsClockIsMet(FxRobot robot) throws IOException {
        robot.clickOn("#nav-cases");
        settle();
        robot.doubleClickOn(breach.reference().toString());
        settle();
        robot.clickOn("#case-tab-notifications");
        settle();

        // the register: refused rows shown, then the valid rows imported
        robot.clickOn("#notifications-part-recipients");
        settle();
        assertThat(FileDrops.drop(robot, "#recipients-table", List.of(file.toFile()))).isTrue();
        settle();
        TableView<RowProblem> problems = robot.lookup("#recipients-problems").queryTableView();
        assertThat(problems.getItems()).extracting(RowProblem::line).containsExactly(3L);
        robot.clickOn("#recipients-import-valid");
        settle();
        assertThat(text(robot, "#recipients-counts")).isEqualTo("2 recipients · Pending 2");

        // the authority: the draft completed, the initial notification recorded, its clock met
        robot.clickOn("#notifications-part-authority");
        settle();
        // typed where the keyboard focus is put, pressed as the keyboard would (see fire)
        focus(robot, "#authority-consequences");
        robot.write("Read by others.");
        focus(robot, "#authority-advice");
        robot.write("Tell us.");
        fire(robot, "#authority-save");
        settle();
        assertThat(text(robot, "#authority-saved-by")).as(text(robot, "#authority-notice")).startsWith("Saved by ");
        focus(robot, "#authority-record-channel");
        robot.write("biznes.gov.pl");
        fire(robot, "#authority-record");
        settle();
        assertThat(text(robot, "#authority-notice")).isEqualTo("Recorded; clock met: GDPR-SA.");
        TableView<SentNotification> sent = robot.lookup("#authority-sent").queryTableView();
        assertThat(sent.getItems()).hasSize(1);
        assertThat(sent.getItems().get(0).content()).contains("Read by others.");

        // the letters: generated into a folder, then the batch marked sent
        robot.clickOn("#notifications-part-letters");
        settle();
        assertThat(text(robot, "#letters-pending")).isEqualTo("2 recipients are pending");
        fire(robot, "#letters-preview-button");
        settle();
        assertThat(robot.lookup("#letters-preview").queryTextInputControl().getText())
                .contains("Read by others.");
        Path folder = files.resolve("letters");
        focus(robot, "#letters-folder");
        robot.write(folder.toString());
        robot.interact(() -> robot.lookup("#letters-eml").<javafx.scene.control.CheckBox>query().setSelected(true));
        fire(robot, "#letters-generate");
        settle();
        assertThat(text(robot, "#letters-notice")).startsWith("Batch 1: 2 letters and 2 e-mail drafts in ");
        try (Stream<Path> written = Files.list(folder)) {
            assertThat(written.map(p -> p.getFileName().toString())).contains("letter-00000001.pdf",
                    "letter-00000002.eml", "mail-merge.csv");
        }
        TableView<LetterBatch> batches = robot.lookup("#letters-batches").queryTableView();
        assertThat(batches.getItems()).extracting(LetterBatch::recipients).containsExactly(2L);
        assertThat(text(robot, "#letters-clock")).startsWith("Data subjects' clock (GDPR-DS): ");
        assertThat(context.clocks().list(breach.reference()).clocks().stream()
                .filter(k -> k.rule().id().equals("GDPR-DS")).findFirst().orElseThrow().status())
                .isEqualTo(ClockStatus.RUNNING);

        focus(robot, "#letters-channel");
        robot.write("post and e-mail");
        fire(robot, "#letters-mark-sent");
        settle();

        assertThat(text(robot, "#letters-notice")).isEqualTo("Batch 1 marked sent (2 recipients).");
        assertThat(text(robot, "#letters-clock")).startsWith("Data subjects' clock (GDPR-DS): Met · sent ");
        assertThat(context.recipients().counts(breach.reference())).containsEntry(RecipientStatus.SENT, 2L);
        assertThat(context.clocks().list(breach.reference()).clocks().stream()
                .filter(k -> k.rule().id().equals("GDPR-DS")).findFirst().orElseThrow().status())
                .isEqualTo(ClockStatus.MET);
    }

    /** Presses a button as the keyboard would: the window's deadline alert may cover the lower part of the form. */
    private static void fire(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).<javafx.scene.control.ButtonBase>query().fire());
    }
}
