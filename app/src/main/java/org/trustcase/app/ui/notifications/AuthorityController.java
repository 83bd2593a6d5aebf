package org.trustcase.app.ui.notifications;

import java.io.File;
import java.time.Clock;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import org.trustcase.app.ui.casefile.CaseTabContext;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.access.Permissions;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.common.Coded;
import org.trustcase.model.common.LetterLanguages;
import org.trustcase.model.notifications.LetterService;
import org.trustcase.model.notifications.NotificationPhase;
import org.trustcase.model.notifications.NotificationService;
import org.trustcase.model.notifications.NotificationTarget;
import org.trustcase.model.notifications.SentNotification;

/**
 * The authority part of the Notifications tab: the draft of the supervisory authority's notification with its
 * exports, the form to record a notification as sent, and the notifications sent so far.
 */
public final class AuthorityController {
    private final CaseTabContext openCase;
    private final AuthorityViewModel viewModel;
    private final Messages messages;
    private final TimeText time;
    private final Permissions permissions;

    @FXML private Parent root;
    @FXML private TextArea nature;
    @FXML private TextArea courseOfEvents;
    @FXML private TextField place;
    @FXML private TextArea cause;
    @FXML private CheckBox confidentiality;
    @FXML private CheckBox integrity;
    @FXML private CheckBox availability;
    @FXML private TextArea consequences;
    @FXML private TextArea measuresTaken;
    @FXML private TextArea measuresProposed;
    @FXML private TextArea otherOrganisations;
    @FXML private TextArea adviceToSubjects;
    @FXML private Label savedBy;
    @FXML private Button save;
    @FXML private ComboBox<String> language;
    @FXML private Button exportText;
    @FXML private Button exportPdf;
    @FXML private ComboBox<NotificationTarget> target;
    @FXML private ComboBox<NotificationPhase> phase;
    @FXML private TextField recipientName;
    @FXML private Label sentAtLabel;
    @FXML private TextField sentAt;
    @FXML private TextField channel;
    @FXML private TextField reference;
    @FXML private TextField delayReason;
    @FXML private Button record;
    @FXML private Label notice;
    @FXML private TableView<SentNotification> sent;
    @FXML private TableColumn<SentNotification, String> sentToColumn;
    @FXML private TableColumn<SentNotification, String> sentAtColumn;
    @FXML private TableColumn<SentNotification, String> sentChannelColumn;
    @FXML private TableColumn<SentNotification, String> sentReferenceColumn;
    @FXML private TableColumn<SentNotification, String> sentClocksColumn;

    public AuthorityController(CaseTabContext openCase, NotificationService notifications, LetterService letters,
            TaskExecutor tasks, Messages messages, TimeText time, Clock clock, Permissions permissions) {
        this.openCase = openCase;
        this.messages = messages;
        this.time = time;
        this.permissions = permissions;
        this.viewModel = new AuthorityViewModel(notifications, letters, tasks, messages, time, clock,
                openCase.reference());
    }

    /** The part was chosen: read what it shows again. */
    public void shown() {
        viewModel.load();
    }

    @FXML
    private void initialize() {
        nature.textProperty().bindBidirectional(viewModel.nature);
        courseOfEvents.textProperty().bindBidirectional(viewModel.courseOfEvents);
        place.textProperty().bindBidirectional(viewModel.place);
        cause.textProperty().bindBidirectional(viewModel.cause);
        consequences.textProperty().bindBidirectional(viewModel.consequences);
        measuresTaken.textProperty().bindBidirectional(viewModel.measuresTaken);
        measuresProposed.textProperty().bindBidirectional(viewModel.measuresProposed);
        otherOrganisations.textProperty().bindBidirectional(viewModel.otherOrganisations);
        adviceToSubjects.textProperty().bindBidirectional(viewModel.adviceToSubjects);
        flag(confidentiality, viewModel.confidentiality);
        flag(integrity, viewModel.integrity);
        flag(availability, viewModel.availability);
        savedBy.textProperty().bind(viewModel.savedByProperty());
        notice.textProperty().bind(viewModel.noticeProperty());
        language.setItems(FXCollections.observableArrayList(LetterLanguages.ALL));
        language.valueProperty().bindBidirectional(viewModel.language);
        language.setButtonCell(new LanguageCell());
        language.setCellFactory(list -> new LanguageCell());
        boolean mayChange = permissions.may(UseCase.AUTHORITY_DRAFT_SAVE);
        for (javafx.scene.control.TextInputControl field : List.of(nature, courseOfEvents, place, cause, consequences,
                measuresTaken, measuresProposed, otherOrganisations, adviceToSubjects)) {
            field.setEditable(mayChange);
        }
        save.setVisible(mayChange);
        save.setManaged(mayChange);
        save.disableProperty().bind(viewModel.workingProperty());
        save.setOnAction(event -> viewModel.save());
        exportText.setOnAction(event -> export(false));
        exportPdf.setOnAction(event -> export(true));
        exportText.disableProperty().bind(viewModel.workingProperty());
        exportPdf.disableProperty().bind(viewModel.workingProperty());
        exportText.setVisible(mayChange);
        exportPdf.setVisible(mayChange);
        setUpRecordForm(permissions.may(UseCase.NOTIFICATION_RECORD));
        setUpSent();
        openCase.selectedProperty().addListener((observable, was, selected) -> {
            if (selected) {
                viewModel.load();
            }
        });
        if (openCase.selectedProperty().get()) {
            viewModel.load();
        }
    }

    /** A yes / no / not known answer on a three-state check box. */
    private static void flag(CheckBox box, ObjectProperty<Boolean> value) {
        Runnable show = () -> {
            box.setIndeterminate(value.get() == null);
            box.setSelected(Boolean.TRUE.equals(value.get()));
        };
        value.addListener((observable, before, after) -> show.run());
        show.run();
        box.setOnAction(event -> value.set(box.isIndeterminate() ? null : box.isSelected()));
    }

    private void setUpRecordForm(boolean mayRecord) {
        target.setItems(FXCollections.observableArrayList(NotificationTarget.values()));
        target.setButtonCell(new CodedCell<>());
        target.setCellFactory(list -> new CodedCell<>());
        target.valueProperty().bindBidirectional(viewModel.target);
        phase.setItems(FXCollections.observableArrayList(NotificationPhase.values()));
        phase.setButtonCell(new CodedCell<>());
        phase.setCellFactory(list -> new CodedCell<>());
        phase.valueProperty().bindBidirectional(viewModel.phase);
        phase.disableProperty().bind(viewModel.target.isNotEqualTo(NotificationTarget.AUTHORITY)
                .or(new javafx.beans.property.SimpleBooleanProperty(!mayRecord)));
        recipientName.textProperty().bindBidirectional(viewModel.recipientName);
        sentAtLabel.setText(messages.format("authority.record.at", time.zoneLabel()));
        sentAt.setPromptText(TimeText.INPUT_PATTERN);
        sentAt.textProperty().bindBidirectional(viewModel.sentAt);
        channel.textProperty().bindBidirectional(viewModel.channel);
        reference.textProperty().bindBidirectional(viewModel.authorityReference);
        delayReason.textProperty().bindBidirectional(viewModel.delayReason);
        record.disableProperty().bind(viewModel.workingProperty().or(viewModel.channel.isEmpty())
                .or(new javafx.beans.property.SimpleBooleanProperty(!mayRecord)));
        record.setOnAction(event -> viewModel.record());
        for (javafx.scene.Node node : List.of(target, recipientName, sentAt, channel, reference, delayReason)) {
            node.setDisable(!mayRecord);
        }
        record.setVisible(mayRecord);
    }

    private void setUpSent() {
        sent.setItems(viewModel.sent());
        sentToColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.addressee(cell.getValue())));
        sentAtColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(time.display(cell.getValue().sentAt())));
        sentChannelColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().channel()));
        sentReferenceColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().reference() == null
                ? "" : cell.getValue().reference()));
        sentClocksColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(String.join(", ",
                cell.getValue().rulesMet()) + (cell.getValue().delayReason() == null ? ""
                        : " " + messages.get("authority.sent.late"))));
    }

    private void export(boolean pdf) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(pdf ? "authority.export.pdf" : "authority.export.text"));
        String stem = openCase.reference() + "-" + messages.get("authority.export.file");
        chooser.setInitialFileName(stem + (pdf ? ".pdf" : ".txt"));
        chooser.getExtensionFilters().add(pdf ? new FileChooser.ExtensionFilter("PDF", "*.pdf")
                : new FileChooser.ExtensionFilter(messages.get("authority.export.text-files"), "*.txt"));
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        if (chosen != null) {
            viewModel.export(chosen.toPath(), pdf);
        }
    }

    /** A coded value by its label. */
    private final class CodedCell<T extends Coded> extends ListCell<T> {
        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.label(item));
        }
    }

    /** A letter language by its name. */
    private final class LanguageCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.get("language." + item));
        }
    }
}
