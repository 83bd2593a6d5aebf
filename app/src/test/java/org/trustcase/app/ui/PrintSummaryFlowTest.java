package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.app.ui.reports.Printing;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.Jurisdiction;

/** Printing a case's summary on a computer without a printer: the window says so, and the summary is saved as PDF. */
@ExtendWith(ApplicationExtension.class)
class PrintSummaryFlowTest extends WindowTest {
    @TempDir
    static Path folder;
    private BreachCase breach;
    private final List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    protected Printing printing() {
        return noPrinter(suggestedName -> {
            asked.add(suggestedName);
            return Optional.of(folder.resolve(suggestedName));
        });
    }

    @Start
    void start(Stage stage) {
        breach = context.cases().open(CaseDetails.builder().title("Skradziony laptop z danymi płacowymi")
                .jurisdictions(List.of(new Jurisdiction("PL"))).awareAt(NOW.minusSeconds(3600)).build());
        show(stage);
    }

    @Test
    void withNoPrinterTheSummaryIsSavedAsPdf(FxRobot robot) throws Exception {
        robot.interact(() -> window.navigation().openCase(breach.reference()));
        settle();
        shortcut(robot, KeyCode.P);
        settle();
        assertThat(text(robot, "#case-print-notice"))
                .isEqualTo("No printer is set up on this computer: save the summary as PDF instead.");

        robot.clickOn("#case-save-summary");
        settle();

        Path saved = folder.resolve(breach.reference() + ".pdf");
        assertThat(asked).containsExactly(breach.reference() + ".pdf");
        assertThat(text(robot, "#case-print-notice")).isEqualTo("The summary was saved as " + saved + ".");
        assertThat(robot.lookup("#case-save-summary").query().isVisible()).isFalse();
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(saved))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Case summary", breach.reference().toString(),
                    "Skradziony laptop z danymi płacowymi", "Page 1 of ");
        }
    }
}
