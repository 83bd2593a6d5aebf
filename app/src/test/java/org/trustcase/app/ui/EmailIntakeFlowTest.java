package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.ReportChannel;
import org.trustcase.model.evidence.EvidenceItem;

/**
 * An e-mail dropped on the Cases screen opens the New case form filled from it; the case opened has the e-mail as its
 * first evidence item, whose preview shows the headers and body and offers the attachment as an item of its own.
 */
@ExtendWith(ApplicationExtension.class)
class EmailIntakeFlowTest extends WindowTest {
    @TempDir
    static Path files;
    private Path eml;

    @Start
    void start(Stage stage) throws IOException {
        eml = Files.writeString(files.resolve("report.eml"), String.join("\r\n",
                "From: Marta Wisniewska <marta@example.pl>",
                "To: dpo@example.pl",
                "Subject: Payroll file sent to the wrong list",
                "Date: Mon, 30 Mar 2026 09:05:00 +0200",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"b1\"",
                "",
                "--b1",
                "Content-Type: text/plain; charset=UTF-8",
                "",
                "The payroll file went to all-staff-wro at 08:12.",
                "--b1",
                "Content-Type: text/csv; name=\"recipients.csv\"",
                "Content-Disposition: attachment; filename=\"recipients.csv\"",
                "",
                "mailbox",
                "anna@example.pl",
                "--b1--",
                ""), StandardCharsets.US_ASCII);
        show(stage);
    }

    @Test
    void aDroppedEmailOpensACaseFilledFromItWithTheEmailAsItsFirstEvidence(FxRobot robot) {
        robot.clickOn("#nav-cases");
        settle();

        assertThat(FileDrops.drop(robot, "#cases-table", List.of(eml.toFile()))).isTrue();
        settle();

        TextInputControl title = robot.lookup("#intake-title").queryTextInputControl();
        assertThat(title.getText()).isEqualTo("Payroll file sent to the wrong list");
        assertThat(robot.lookup("#intake-reporter").queryTextInputControl().getText())
                .isEqualTo("Marta Wisniewska <marta@example.pl>");
        assertThat(robot.lookup("#intake-summary").queryTextInputControl().getText())
                .isEqualTo("The payroll file went to all-staff-wro at 08:12.");
        assertThat(robot.lookup("#intake-aware-at").queryTextInputControl().getText()).isEqualTo("2026-03-30 07:05");
        assertThat(shown(robot, "#intake-email-note")).isTrue();

        robot.clickOn("#intake-save");
        settle();

        List<BreachCase> cases = org.trustcase.app.testing.TestContexts.allCases(context);
        assertThat(cases).singleElement().satisfies(opened -> {
            assertThat(opened.details().channel()).isEqualTo(ReportChannel.EMAIL);
            assertThat(opened.details().reporter()).isEqualTo("Marta Wisniewska <marta@example.pl>");
        });
        BreachCase opened = cases.get(0);
        List<EvidenceItem> items = context.evidence().list(opened.reference());
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.originalName()).isEqualTo("report.eml");
            assertThat(item.mediaType()).isEqualTo("message/rfc822");
        });

        robot.clickOn("#case-tab-evidence");
        settle();
        robot.clickOn("report.eml");
        settle();
        assertThat(text(robot, "#evidence-email-subject")).isEqualTo("Payroll file sent to the wrong list");
        assertThat(robot.lookup("#evidence-email-body").queryTextInputControl().getText())
                .isEqualTo("The payroll file went to all-staff-wro at 08:12.");

        robot.clickOn("#evidence-take-0");
        settle();
        assertThat(context.evidence().list(opened.reference())).extracting(EvidenceItem::originalName)
                .containsExactly("report.eml", "recipients.csv");
        assertThat(context.evidence().list(opened.reference()).get(1).source())
                .isEqualTo("Attachment of evidence item " + items.get(0).id() + " (report.eml)");
    }
}
