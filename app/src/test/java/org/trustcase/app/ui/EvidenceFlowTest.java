package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.evidence.Annotation;
import org.trustcase.model.evidence.CustodyAction;
import org.trustcase.model.evidence.CustodyEvent;
import org.trustcase.model.evidence.EvidenceItem;

/**
 * The Evidence tab's main flow: a PDF dropped on the tab is imported, opened (its first page rendered, the view in its
 * custody), a rectangle drawn on the page anchors a legal note, and the note is listed and leads back to its page.
 */
@ExtendWith(ApplicationExtension.class)
class EvidenceFlowTest extends WindowTest {
    @TempDir
    static Path files;
    private BreachCase breach;
    private Path pdf;

    @Start
    void start(Stage stage) throws IOException {
        breach = seed("Misdirected parcel with patient letters");
        pdf = threePagePdf(files.resolve("letter.pdf"));
        show(stage);
    }

    static Path threePagePdf(Path target) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 1; i <= 3; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 18);
                    text.newLineAtOffset(72, 760);
                    text.showText("Letter " + i + ": patient records sent to the wrong address");
                    text.endText();
                }
            }
            document.save(target.toFile());
        }
        return target;
    }

    private void openEvidenceTab(FxRobot robot) {
        robot.clickOn("#nav-cases");
        settle();
        robot.doubleClickOn(breach.reference().toString());
        settle();
        robot.clickOn("#case-tab-evidence");
        settle();
    }

    @Test
    void aDroppedPdfIsImportedPreviewedAndAnnotatedOnARegionThatTheListLeadsBackTo(FxRobot robot) {
        openEvidenceTab(robot);
        TableView<EvidenceItem> items = robot.lookup("#evidence-items").queryTableView();
        assertThat(items.getItems()).isEmpty();

        assertThat(FileDrops.drop(robot, "#evidence-items", List.of(pdf.toFile()))).as("accepted and taken").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#evidence-import-source").write("Clinic's post room");
        robot.clickOn("#evidence-import-reason").write("The letter sent to the wrong address");
        robot.clickOn("#evidence-import-confirm");
        settle();

        assertThat(items.getItems()).singleElement().satisfies(item -> {
            assertThat(item.originalName()).isEqualTo("letter.pdf");
            assertThat(item.mediaType()).isEqualTo("application/pdf");
            assertThat(item.source()).isEqualTo("Clinic's post room");
            assertThat(item.reason()).isEqualTo("The letter sent to the wrong address");
        });
        assertThat(context.evidence().list(breach.reference())).hasSize(1);

        robot.clickOn("letter.pdf");
        settle();
        ImageView image = robot.lookup("#evidence-page-image").query();
        assertThat(image.getImage()).as("the first page is rendered").isNotNull();
        assertThat(text(robot, "#evidence-page")).isEqualTo("Page 1 of 3");
        assertThat(shown(robot, "#evidence-page-scroll")).isTrue();
        long id = items.getItems().get(0).id();
        assertThat(context.evidence().custody(id)).extracting(CustodyEvent::action)
                .containsExactly(CustodyAction.IMPORTED, CustodyAction.VIEWED);
        TableView<CustodyEvent> custody = robot.lookup("#evidence-custody").queryTableView();
        assertThat(custody.getItems()).hasSize(2);

        Pane page = robot.lookup("#evidence-page-canvas").query();
        Bounds onScreen = page.localToScreen(page.getLayoutBounds());
        Point2D from = new Point2D(onScreen.getMinX() + 60, onScreen.getMinY() + 50);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveBy(80, 20).moveBy(80, 20).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#evidence-note-anchor")).isEqualTo("On the area marked on page 1");

        robot.clickOn("#evidence-note-text").write("The letter names the patient and the clinic.");
        robot.clickOn("#evidence-note-privileged");
        robot.clickOn("#evidence-note-save");
        settle();

        List<Annotation> notes = context.evidence().annotations(id);
        assertThat(notes).singleElement().satisfies(note -> {
            assertThat(note.privileged()).isTrue();
            assertThat(note.anchor()).isInstanceOfSatisfying(Annotation.Region.class, region -> {
                assertThat(region.page()).isEqualTo(1);
                // in PDF points (the page is 595 wide), not in the pixels it was drawn in; within a few pixels, as the
                // robot's pointer lands on whole pixels
                double pointsPerPixel = 595.0 / page.getWidth();
                assertThat(region.x()).isCloseTo(60 * pointsPerPixel, org.assertj.core.data.Percentage.withPercentage(10));
                assertThat(region.width()).isCloseTo(160 * pointsPerPixel, org.assertj.core.data.Percentage.withPercentage(10));
                assertThat(region.height()).isCloseTo(40 * pointsPerPixel, org.assertj.core.data.Percentage.withPercentage(10));
            });
        });
        ListView<Annotation> listed = robot.lookup("#evidence-notes").queryListView();
        assertThat(listed.getItems()).hasSize(1);
        Pane marks = robot.lookup("#evidence-page-marks").query();
        assertThat(marks.getChildren()).as("the note's rectangle is drawn on its page").hasSize(1);
        assertThat(text(robot, "#evidence-note-anchor")).isEqualTo("On the whole item");

        robot.clickOn("#evidence-page-next");
        settle();
        assertThat(text(robot, "#evidence-page")).isEqualTo("Page 2 of 3");
        assertThat(marks.getChildren()).isEmpty();

        robot.clickOn("The letter names the patient and the clinic.");
        settle();
        assertThat(text(robot, "#evidence-page")).as("the note leads back to its page").isEqualTo("Page 1 of 3");
        assertThat(marks.getChildren()).hasSize(1);
        assertThat(marks.getChildren().get(0).getStyleClass()).contains("mark-chosen");
    }

    @Test
    void aChangedFileIsShownAsChangedAndNotPreviewed(FxRobot robot) throws IOException {
        EvidenceItem item;
        try (var in = Files.newInputStream(pdf)) {
            item = context.evidence().add(breach.reference(), in, "letter.pdf", null, null, bytes -> true).item();
        }
        Path stored = context.evidenceFiles().stored(item.sha256());
        File file = stored.toFile();
        file.setWritable(true);
        byte[] bytes = Files.readAllBytes(stored);
        bytes[bytes.length / 2] ^= 1;
        Files.write(stored, bytes);
        openEvidenceTab(robot);

        robot.clickOn("letter.pdf");
        settle();

        assertThat(shown(robot, "#evidence-no-preview")).isTrue();
        assertThat(text(robot, "#evidence-no-preview-text")).startsWith("This file no longer matches the SHA-256");
        assertThat(shown(robot, "#evidence-mismatch-bar")).isTrue();
        assertThat(text(robot, "#evidence-mismatch")).startsWith("1 evidence items do not match");
        TableView<EvidenceItem> items = robot.lookup("#evidence-items").queryTableView();
        assertThat(items.getItems().get(0).state().code()).isEqualTo("altered");
        assertThat(robot.lookup("Changed").tryQuery()).isPresent();
        javafx.scene.control.TabPane tabs = robot.lookup("#case-tabs").query();
        assertThat(tabs.getTabs().stream().filter(tab -> tab.getId().equals("case-tab-evidence")).findFirst()
                .orElseThrow().getGraphic()).as("the case shows it on the tab's title, whichever tab is open")
                .isNotNull();
    }

    @Test
    void theCasesNotesAreListedTogetherLeadToTheirItemAndAnEditKeepsTheEarlierVersion(FxRobot robot)
            throws IOException {
        EvidenceItem letter;
        try (var in = Files.newInputStream(pdf)) {
            letter = context.evidence().add(breach.reference(), in, "letter.pdf", null, null, bytes -> true).item();
        }
        EvidenceItem log = context.evidence().add(breach.reference(), new java.io.ByteArrayInputStream(
                "08:12 delivered to 86 mailboxes\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "gateway.log",
                null, null, bytes -> true).item();
        context.evidence().annotate(letter.id(), "Names the clinic", new Annotation.Region(2, 50, 50, 100, 40),
                List.of(), false);
        Annotation onLog = context.evidence().annotate(log.id(), "86 recipients", new Annotation.Quote(
                "delivered to 86 mailboxes"), List.of("scope"), false);
        openEvidenceTab(robot);
        robot.clickOn("letter.pdf");
        settle();
        ListView<Annotation> listed = robot.lookup("#evidence-notes").queryListView();
        assertThat(listed.getItems()).extracting(Annotation::text).containsExactly("Names the clinic");

        robot.clickOn("#evidence-notes-case");
        settle();
        assertThat(listed.getItems()).extracting(Annotation::text).containsExactly("Names the clinic",
                "86 recipients");

        robot.clickOn("86 recipients");
        settle();
        TableView<EvidenceItem> items = robot.lookup("#evidence-items").queryTableView();
        assertThat(items.getSelectionModel().getSelectedItem().id()).as("the note's item is opened")
                .isEqualTo(log.id());
        javafx.scene.control.TextArea text = robot.lookup("#evidence-text-preview").query();
        assertThat(text.getSelectedText()).as("its passage is shown").isEqualTo("delivered to 86 mailboxes");

        // the list is short in a 800-pixel window: its second note is scrolled into view, as a user would
        robot.interact(() -> listed.scrollTo(1));
        settle();
        robot.clickOn(shownNode(robot, "#evidence-note-edit-" + onLog.id()));
        settle();
        javafx.scene.control.TextInputControl note = robot.lookup("#evidence-note-text").queryTextInputControl();
        assertThat(text(robot, "#evidence-note-anchor")).startsWith("Editing the note");
        assertThat(note.getText()).isEqualTo("86 recipients");
        robot.interact(() -> note.setText("86 recipients, 7 opened it before the recall"));
        robot.clickOn("#evidence-note-save");
        settle();

        assertThat(context.evidence().annotations(log.id())).singleElement().satisfies(current -> {
            assertThat(current.text()).isEqualTo("86 recipients, 7 opened it before the recall");
            assertThat(current.replaces()).isEqualTo(onLog.id());
        });
        Annotation current = context.evidence().annotations(log.id()).get(0);
        robot.interact(() -> listed.scrollTo(1));
        settle();
        robot.clickOn(shownNode(robot, "#evidence-note-history-" + current.id()));
        settle();
        javafx.scene.control.TextArea history = robot.lookup("#evidence-note-history").query();
        assertThat(history.getText()).contains("Version 1").contains("86 recipients\n")
                .contains("Version 2").contains("86 recipients, 7 opened it before the recall");
    }

    @Test
    void aFileWithoutAPreviewIsOpenedAsACopyInTheSystemViewerAfterAWarning(FxRobot robot) throws IOException {
        byte[] content = new byte[4096];
        new java.util.Random(7).nextBytes(content);
        EvidenceItem item = context.evidence().add(breach.reference(), new java.io.ByteArrayInputStream(content),
                "disk-image.bin", null, null, bytes -> true).item();
        openEvidenceTab(robot);
        robot.clickOn("disk-image.bin");
        settle();
        assertThat(text(robot, "#evidence-no-preview-text")).startsWith("No preview for this type");

        robot.clickOn("#evidence-open-external");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane warning = robot.lookup("#evidence-external-warning").query();
        assertThat(warning.getContentText()).contains("Trustcase cannot see or record what that program does");
        robot.clickOn(warning.lookupButton(javafx.scene.control.ButtonType.OK));
        settle();

        assertThat(opened).singleElement().satisfies(copy -> {
            assertThat(copy.getFileName().toString()).isEqualTo("disk-image.bin");
            assertThat(copy).hasBinaryContent(content);
            if (copy.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                try {
                    assertThat(Files.getPosixFilePermissions(copy)).as("a read-only copy")
                            .doesNotContain(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            assertThat(copy).isNotEqualTo(context.evidenceFiles().stored(item.sha256()));
        });
        assertThat(context.evidence().custody(item.id())).last().satisfies(event -> {
            assertThat(event.action()).isEqualTo(CustodyAction.VIEWED);
            assertThat(event.purpose()).isEqualTo("Opened in the system viewer");
        });
    }

    /** The node the user sees (a list keeps cells it does not show, with the same content). */
    private static javafx.scene.Node shownNode(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().filter(node -> {
            for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
                if (!at.isVisible()) {
                    return false;
                }
            }
            return node.getScene() != null;
        }).findFirst().orElseThrow(() -> new AssertionError("nothing shown matches " + query));
    }
}
