package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trustcase.app.ui.search.SearchViewModel;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.tasks.Playbook;
import org.trustcase.model.tasks.TaskRow;
import org.trustcase.model.tasks.TaskStatus;
import org.trustcase.model.timeline.TimelineEntry;
import org.trustcase.model.timeline.TimelineKind;

/**
 * An investigation in the window: a playbook's tasks applied and two done, a past event put on the timeline with the
 * time it happened, a note written, the timeline filtered, and the case found again by a word of the note.
 */
@ExtendWith(ApplicationExtension.class)
class InvestigationFlowTest extends WindowTest {
    private BreachCase breach;

    @Start
    void start(Stage stage) {
        seed("Misdirected invoices");
        breach = context.cases().open(CaseDetails.builder().title("Encrypted file server")
                .jurisdictions(List.of(new Jurisdiction("PL"))).awareAt(NOW.minusSeconds(3600)).build());
        seed("Phished mailbox");
        context.evidence().add(breach.reference(), new java.io.ByteArrayInputStream(
                "README.txt: your files are encrypted - Akira".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "ransom-note.txt", "File server", "The note the attacker left", bytes -> true);
        show(stage);
    }

    @Test
    void aPlaybookTasksDoneAPastEventAndANoteFoundBySearch(FxRobot robot) {
        robot.interact(() -> window.navigation().openCase(breach.reference(), "case-tab-tasks"));
        settle();
        robot.interact(() -> {
            ComboBox<Playbook> playbooks = robot.lookup("#tasks-playbook").queryComboBox();
            playbooks.setValue(playbooks.getItems().stream().filter(p -> p.name().equals("ransomware")).findFirst()
                    .orElseThrow());
        });
        robot.clickOn("#tasks-apply-playbook");
        settle();
        TableView<TaskRow> table = robot.lookup("#tasks-table").queryTableView();
        assertThat(table.getItems()).hasSize(10);
        for (int row : new int[] {0, 1}) {
            robot.interact(() -> table.getSelectionModel().select(row));
            robot.clickOn("#tasks-done");
            settle();
        }
        assertThat(table.getItems()).extracting(r -> r.task().status()).startsWith(TaskStatus.DONE, TaskStatus.DONE,
                TaskStatus.OPEN);
        assertThat(text(robot, "#tasks-counts")).startsWith("10 tasks · 8 to do");

        robot.clickOn("#case-tab-timeline");
        settle();
        robot.interact(() -> {
            robot.lookup("#timeline-event-at").queryTextInputControl().setText("2026-03-03 14:02");
            robot.lookup("#timeline-event-description").queryTextInputControl()
                    .setText("Attacker's first login over the VPN");
            robot.lookup("#timeline-event-source").queryTextInputControl().setText("VPN gateway log");
            robot.lookup("#timeline-event-confidence").<org.trustcase.model.timeline.Confidence>queryComboBox()
                    .setValue(org.trustcase.model.timeline.Confidence.PROBABLE);
        });
        // pressed as the keyboard would: on a short screen the button is scrolled out of view
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#timeline-add-event").query()).fire());
        settle();
        assertThat(text(robot, "#timeline-notice")).isEqualTo("Past event added to the timeline.");
        robot.interact(() -> robot.lookup("#timeline-note-text").queryTextInputControl()
                .setText("The ransom note names the **Akira** group"));
        robot.interact(() -> {
            org.controlsfx.control.CheckComboBox<org.trustcase.model.evidence.EvidenceItem> items =
                    robot.lookup("#timeline-note-evidence").query();
            items.getCheckModel().check(0);
        });
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#timeline-add-note").query()).fire());
        settle();
        assertThat(context.notes().list(breach.reference())).singleElement()
                .satisfies(note -> assertThat(note.evidence()).hasSize(1));
        // the note is the timeline's newest entry: scrolled into view, as its list draws only the rows in view
        robot.interact(() -> {
            javafx.scene.control.ListView<?> list = robot.lookup("#timeline-list").queryListView();
            list.scrollTo(list.getItems().size() - 1);
        });
        settle();
        assertThat(robot.lookup(".timeline-refers").queryLabeled().getText()).isEqualTo("Refers to ransom-note.txt");

        ListView<TimelineEntry> list = robot.lookup("#timeline-list").queryListView();
        TimelineEntry first = list.getItems().get(0);
        assertThat(first.kind()).isEqualTo(TimelineKind.PAST_EVENT);
        assertThat(first.at()).isEqualTo(Instant.parse("2026-03-03T14:02:00Z"));
        assertThat(first.recordedAt()).isEqualTo(NOW);
        assertThat(robot.lookup("#timeline-list .timeline-recorded-later").tryQuery()).isPresent();
        assertThat(list.getItems()).extracting(TimelineEntry::at).isSorted();
        assertThat(list.getItems()).filteredOn(e -> e.kind() == TimelineKind.TASK).hasSize(3);
        assertThat(text(robot, "#timeline-counts")).isEqualTo("8 of 8 lines; 2 recorded after they happened");

        robot.clickOn("#timeline-kind-task");
        settle();
        assertThat(list.getItems()).noneMatch(e -> e.kind() == TimelineKind.TASK)
                .anyMatch(e -> e.kind() == TimelineKind.NOTE);

        shortcut(robot, KeyCode.K);
        settle();
        robot.write("akir");
        settle();
        ListView<SearchViewModel.Row> results = robot.lookup("#search-results").queryListView();
        assertThat(results.getItems()).first().isEqualTo(new SearchViewModel.CaseRow(breach.reference(),
                "Encrypted file server", 2));
        assertThat(results.getItems()).extracting(row -> row instanceof SearchViewModel.HitRow h ? h.hit().kind()
                : null).contains(org.trustcase.model.search.SearchKind.NOTE,
                        org.trustcase.model.search.SearchKind.EVIDENCE);
        assertThat(text(robot, "#search-summary")).isEqualTo("2 places in 1 case, newest first.");
        robot.interact(() -> results.getSelectionModel().select(results.getItems().stream()
                .filter(row -> row instanceof SearchViewModel.HitRow h
                        && h.hit().kind() == org.trustcase.model.search.SearchKind.NOTE).findFirst().orElseThrow()));
        robot.clickOn(".search-place:selected");
        settle();
        assertThat(text(robot, "#case-reference")).isEqualTo(breach.reference().toString());
        assertThat(robot.lookup("#case-timeline").tryQuery()).isPresent();
    }
}
