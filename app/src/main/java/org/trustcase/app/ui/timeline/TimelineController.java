package org.trustcase.app.ui.timeline;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.trustcase.app.text.TimelineText;
import org.trustcase.app.ui.casefile.CaseTabContext;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.access.Permissions;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.evidence.EvidenceItem;
import org.trustcase.model.evidence.EvidenceService;
import org.trustcase.model.tasks.NoteService;
import org.trustcase.model.timeline.Confidence;
import org.trustcase.model.timeline.TimelineEntry;
import org.trustcase.model.timeline.TimelineKind;
import org.trustcase.model.timeline.TimelineService;

/**
 * The Timeline tab: the case's lines in the order they happened, filtered by kind; below, a note to write (or the
 * chosen note to edit) and a past event to put on the timeline with the time it happened.
 */
public final class TimelineController {
    private final CaseTabContext openCase;
    private final TimelineViewModel viewModel;
    private final Messages messages;
    private final TimeText time;
    private final Permissions permissions;
    private final TimelineText summaries;
    /** The note being edited, or null: a new note. */
    private Long editing;

    @FXML private Parent root;
    @FXML private Label counts;
    @FXML private FlowPane kinds;
    @FXML private ListView<TimelineEntry> list;
    @FXML private VBox noteForm;
    @FXML private TextArea noteText;
    @FXML private CheckComboBox<EvidenceItem> noteEvidence;
    @FXML private Button addNote;
    @FXML private Button editNote;
    @FXML private Button cancelEdit;
    @FXML private VBox eventForm;
    @FXML private TextField eventAt;
    @FXML private TextField eventDescription;
    @FXML private TextField eventSource;
    @FXML private ComboBox<Confidence> eventConfidence;
    @FXML private Button addEvent;
    @FXML private Label notice;

    public TimelineController(CaseTabContext openCase, TimelineService timeline, NoteService notes,
            EvidenceService evidence, TaskExecutor executor, Messages messages, TimeText time,
            Permissions permissions) {
        this.openCase = openCase;
        this.messages = messages;
        this.time = time;
        this.permissions = permissions;
        this.viewModel = new TimelineViewModel(timeline, notes, evidence, executor, messages, time,
                openCase.reference());
        // the timeline's words in the window's language, never the machine's
        String language = messages.documentLanguage();
        this.summaries = TimelineText.forLanguage(language, (kind, code) -> {
            String key = kind + "." + code;
            return messages.has(key) ? messages.get(key) : code;
        }, time::display);
    }

    @FXML
    private void initialize() {
        counts.textProperty().bind(viewModel.countsProperty());
        notice.textProperty().bind(viewModel.noticeProperty());
        list.setItems(viewModel.entries());
        list.setCellFactory(view -> new TimelineCell(messages, time, summaries::summary, viewModel::replacedNote,
                viewModel::referredItems));
        noteEvidence.setTitle(messages.get("casetimeline.note.evidence"));
        noteEvidence.setShowCheckedCount(true);
        noteEvidence.getItems().setAll(viewModel.evidenceItems());
        viewModel.evidenceItems().addListener((javafx.collections.ListChangeListener<EvidenceItem>) change -> {
            List<Long> checked = checkedEvidence();
            noteEvidence.getItems().setAll(viewModel.evidenceItems());
            check(checked);
        });
        noteEvidence.setConverter(new StringConverter<>() {
            @Override
            public String toString(EvidenceItem item) {
                return item == null ? "" : item.originalName();
            }

            @Override
            public EvidenceItem fromString(String text) {
                return null;
            }
        });
        for (TimelineKind kind : TimelineKind.values()) {
            CheckBox toggle = new CheckBox(messages.label(kind));
            toggle.setId("timeline-kind-" + kind.code());
            toggle.getStyleClass().add("timeline-filter");
            toggle.setSelected(true);
            toggle.selectedProperty().addListener((observable, was, now) -> viewModel.showKind(kind, now));
            kinds.getChildren().add(toggle);
        }

        boolean mayNote = permissions.may(UseCase.NOTE_ADD);
        noteForm.setVisible(mayNote);
        noteForm.setManaged(mayNote);
        addNote.disableProperty().bind(noteText.textProperty().isEmpty().or(viewModel.workingProperty()));
        addNote.setOnAction(event -> save());
        editNote.setVisible(permissions.may(UseCase.NOTE_EDIT));
        editNote.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        editNote.setOnAction(event -> startEditing(list.getSelectionModel().getSelectedItem()));
        cancelEdit.setVisible(false);
        cancelEdit.setOnAction(event -> stopEditing());

        boolean mayEvent = permissions.may(UseCase.PAST_EVENT_RECORD);
        eventForm.setVisible(mayEvent);
        eventForm.setManaged(mayEvent);
        eventAt.setPromptText(messages.format("casetimeline.event.at", TimeText.INPUT_PATTERN));
        eventConfidence.setItems(FXCollections.observableArrayList(Confidence.values()));
        eventConfidence.setValue(Confidence.CONFIRMED);
        eventConfidence.setConverter(new StringConverter<>() {
            @Override
            public String toString(Confidence value) {
                return value == null ? "" : messages.label(value);
            }

            @Override
            public Confidence fromString(String text) {
                return null;
            }
        });
        addEvent.disableProperty().bind(eventAt.textProperty().isEmpty().or(eventDescription.textProperty().isEmpty())
                .or(viewModel.workingProperty()));
        addEvent.setOnAction(event -> viewModel.addEvent(eventAt.getText(), eventDescription.getText(),
                eventSource.getText(), eventConfidence.getValue(), () -> {
                    eventAt.clear();
                    eventDescription.clear();
                    eventSource.clear();
                    eventConfidence.setValue(Confidence.CONFIRMED);
                }));

        openCase.selectedProperty().addListener((observable, was, selected) -> {
            if (selected) {
                viewModel.load();
            }
        });
        if (openCase.selectedProperty().get()) {
            viewModel.load();
        }
    }

    private void save() {
        if (editing != null) {
            viewModel.editNote(editing, noteText.getText(), checkedEvidence(), this::stopEditing);
        } else {
            viewModel.addNote(noteText.getText(), checkedEvidence(), () -> {
                noteText.clear();
                noteEvidence.getCheckModel().clearChecks();
            });
        }
    }

    private List<Long> checkedEvidence() {
        return noteEvidence.getCheckModel().getCheckedItems().stream().map(EvidenceItem::id).toList();
    }

    private void check(List<Long> ids) {
        noteEvidence.getCheckModel().clearChecks();
        noteEvidence.getItems().stream().filter(item -> ids.contains(item.id()))
                .forEach(item -> noteEvidence.getCheckModel().check(item));
    }

    /** The chosen note's text in the box, to be saved as its new version. */
    private void startEditing(TimelineEntry entry) {
        Optional<Long> note = viewModel.editableNote(entry);
        if (note.isEmpty()) {
            return;
        }
        editing = note.get();
        noteText.setText(entry.value("text"));
        check(viewModel.referredIds(editing));
        addNote.setText(messages.get("casetimeline.note.save-version"));
        cancelEdit.setVisible(true);
        noteText.requestFocus();
    }

    private void stopEditing() {
        editing = null;
        noteText.clear();
        noteEvidence.getCheckModel().clearChecks();
        addNote.setText(messages.get("casetimeline.note.add"));
        cancelEdit.setVisible(false);
    }
}
