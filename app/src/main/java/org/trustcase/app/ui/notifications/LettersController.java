package org.trustcase.app.ui.notifications;

import java.io.File;
import java.time.Clock;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.DirectoryChooser;
import org.trustcase.app.ui.casefile.CaseTabContext;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.access.Permissions;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.caseclocks.CaseClockService;
import org.trustcase.model.notifications.LetterBatch;
import org.trustcase.model.notifications.LetterService;
import org.trustcase.model.notifications.LetterTemplate;
import org.trustcase.model.notifications.RecipientService;

/**
 * The letters part of the Notifications tab: templates with their editor and preview, generating a batch into a
 * folder with progress and cancel, and the batches, one of which is marked sent.
 */
public final class LettersController {
    private final CaseTabContext openCase;
    private final LettersViewModel viewModel;
    private final Messages messages;
    private final TimeText time;
    private final Permissions permissions;

    @FXML private Parent root;
    @FXML private ListView<LetterTemplate> templates;
    @FXML private TextField subject;
    @FXML private TextArea body;
    @FXML private Label fields;
    @FXML private Label approval;
    @FXML private Button approve;
    @FXML private Button saveTemplate;
    @FXML private Button preview;
    @FXML private TextArea previewText;
    @FXML private Label pending;
    @FXML private TextField folder;
    @FXML private Button chooseFolder;
    @FXML private CheckBox merged;
    @FXML private CheckBox eml;
    @FXML private Button generate;
    @FXML private ProgressBar progress;
    @FXML private Button cancel;
    @FXML private Label notice;
    @FXML private TableView<LetterBatch> batches;
    @FXML private TableColumn<LetterBatch, String> batchColumn;
    @FXML private TableColumn<LetterBatch, String> batchTemplateColumn;
    @FXML private TableColumn<LetterBatch, String> batchCountColumn;
    @FXML private TableColumn<LetterBatch, String> batchPreparedColumn;
    @FXML private TableColumn<LetterBatch, String> batchSentColumn;
    @FXML private TextField sentAt;
    @FXML private TextField channel;
    @FXML private TextField delayReason;
    @FXML private Button markSent;
    @FXML private Label clockLine;

    public LettersController(CaseTabContext openCase, LetterService letters, RecipientService recipients,
            CaseClockService clocks, TaskExecutor tasks, Messages messages, TimeText time, Clock clock,
            Permissions permissions) {
        this.openCase = openCase;
        this.messages = messages;
        this.time = time;
        this.permissions = permissions;
        this.viewModel = new LettersViewModel(letters, recipients, clocks, tasks, messages, time, clock,
                openCase.reference());
    }

    /** The part was chosen: read what it shows again. */
    public void shown() {
        viewModel.load();
    }

    @FXML
    private void initialize() {
        templates.setItems(viewModel.templates());
        templates.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LetterTemplate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.format("letters.template.item", item.name(),
                        messages.get("language." + item.language()), messages.label(item.kind())));
            }
        });
        templates.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.selected.set(after);
            }
        });
        viewModel.selected.addListener((observable, before, after) -> {
            if (after != null && templates.getSelectionModel().getSelectedItem() != after) {
                templates.getSelectionModel().select(after);
            }
        });
        subject.textProperty().bindBidirectional(viewModel.subject);
        body.textProperty().bindBidirectional(viewModel.body);
        fields.setText(viewModel.fieldsHint());
        boolean mayEdit = permissions.may(UseCase.LETTER_TEMPLATE_SAVE);
        subject.setEditable(mayEdit);
        body.setEditable(mayEdit);
        saveTemplate.setVisible(mayEdit);
        saveTemplate.disableProperty().bind(viewModel.workingProperty().or(viewModel.selected.isNull()));
        saveTemplate.setOnAction(event -> viewModel.saveTemplate());
        approval.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                viewModel.approvalText(viewModel.selected.get()), viewModel.selected));
        boolean mayApprove = permissions.may(UseCase.LETTER_TEMPLATE_APPROVE);
        approve.setVisible(mayApprove);
        approve.setManaged(mayApprove);
        approve.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                viewModel.selected.get() == null || viewModel.selected.get().approved(), viewModel.selected)
                .or(viewModel.workingProperty()));
        approve.setOnAction(event -> viewModel.approve());
        preview.disableProperty().bind(viewModel.selected.isNull());
        preview.setOnAction(event -> viewModel.preview());
        previewText.textProperty().bind(viewModel.previewProperty());
        pending.textProperty().bind(viewModel.pendingProperty());
        notice.textProperty().bind(viewModel.noticeProperty());
        clockLine.textProperty().bind(viewModel.clockLineProperty());

        boolean mayGenerate = permissions.may(UseCase.LETTER_PREPARE);
        generate.setVisible(mayGenerate);
        generate.disableProperty().bind(viewModel.generatingProperty().or(viewModel.selected.isNull())
                .or(folder.textProperty().isEmpty()));
        generate.setOnAction(event -> viewModel.generate(java.nio.file.Path.of(folder.getText().strip()),
                merged.isSelected(), eml.isSelected()));
        chooseFolder.setOnAction(event -> chooseFolder());
        progress.visibleProperty().bind(viewModel.generatingProperty());
        progress.progressProperty().bind(viewModel.progressProperty());
        cancel.visibleProperty().bind(viewModel.generatingProperty());
        cancel.setOnAction(event -> viewModel.cancel());

        batches.setItems(viewModel.batches());
        batchColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Long.toString(cell.getValue().id())));
        batchTemplateColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().template()));
        batchCountColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(messages.format("recipients.number",
                cell.getValue().recipients())));
        batchPreparedColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(time.display(
                cell.getValue().preparedAt())));
        batchSentColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.sentText(cell.getValue())));
        batches.getSelectionModel().selectedItemProperty().addListener((observable, before, after) ->
                viewModel.batch.set(after));
        viewModel.batches().addListener((javafx.collections.ListChangeListener<LetterBatch>) change -> {
            // the latest batch is the one to mark, unless another was chosen
            if (!viewModel.batches().isEmpty()) {
                LetterBatch was = viewModel.batch.get();
                int at = was == null ? -1 : viewModel.batches().stream().map(LetterBatch::id).toList()
                        .indexOf(was.id());
                batches.getSelectionModel().select(Math.max(at, 0));
            }
        });
        sentAt.setPromptText(TimeText.INPUT_PATTERN + " " + time.zoneLabel());
        sentAt.textProperty().bindBidirectional(viewModel.sentAt);
        channel.textProperty().bindBidirectional(viewModel.channel);
        delayReason.textProperty().bindBidirectional(viewModel.delayReason);
        boolean mayMark = permissions.may(UseCase.LETTER_MARK_SENT);
        markSent.setVisible(mayMark);
        markSent.disableProperty().bind(viewModel.workingProperty().or(viewModel.batch.isNull())
                .or(viewModel.channel.isEmpty()));
        markSent.setOnAction(event -> viewModel.markSent());

        openCase.selectedProperty().addListener((observable, was, selected) -> {
            if (selected) {
                viewModel.load();
            }
        });
        if (openCase.selectedProperty().get()) {
            viewModel.load();
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("letters.generate.folder"));
        File chosen = chooser.showDialog(root.getScene().getWindow());
        if (chosen != null) {
            folder.setText(chosen.getPath());
        }
    }
}
