package org.trustcase.app.ui.notifications;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.trustcase.app.ui.casefile.CaseTabContext;
import org.trustcase.app.ui.support.TableRows;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.access.Permissions;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.notifications.Recipient;
import org.trustcase.model.notifications.RecipientService;
import org.trustcase.model.notifications.RecipientStatus;
import org.trustcase.model.notifications.RowProblem;

/**
 * The recipient register on the Notifications tab: counts by status, a status filter, the register read a page at a
 * time, and imports from CSV (the Import button, or a file dropped on the tab) with refused rows listed by line.
 */
public final class RecipientsController {
    private static final int READ_AHEAD = 50;

    private final CaseTabContext openCase;
    private final RecipientsViewModel viewModel;
    private final Messages messages;
    private final TimeText time;
    private final Permissions permissions;

    @FXML private Parent root;
    @FXML private Label counts;
    @FXML private ComboBox<RecipientStatus> statusFilter;
    @FXML private Button importFile;
    @FXML private HBox noticeBar;
    @FXML private Label notice;
    @FXML private VBox problemsPane;
    @FXML private TableView<RowProblem> problems;
    @FXML private TableColumn<RowProblem, String> problemLineColumn;
    @FXML private TableColumn<RowProblem, String> problemColumnColumn;
    @FXML private TableColumn<RowProblem, String> problemReasonColumn;
    @FXML private Button dismissProblems;
    @FXML private Button importValid;
    @FXML private HBox statusBar;
    @FXML private Label selection;
    @FXML private ComboBox<RecipientStatus> newStatus;
    @FXML private TextField statusAt;
    @FXML private TextField statusChannel;
    @FXML private Button setStatus;
    @FXML private TableView<Recipient> table;
    @FXML private TableColumn<Recipient, String> nameColumn;
    @FXML private TableColumn<Recipient, String> emailColumn;
    @FXML private TableColumn<Recipient, String> addressColumn;
    @FXML private TableColumn<Recipient, String> languageColumn;
    @FXML private TableColumn<Recipient, String> statusColumn;
    @FXML private TableColumn<Recipient, String> statusAtColumn;
    @FXML private TableColumn<Recipient, String> channelColumn;

    public RecipientsController(CaseTabContext openCase, RecipientService recipients, TaskExecutor tasks,
            Messages messages, TimeText time, java.time.Clock clock, Permissions permissions) {
        this.openCase = openCase;
        this.messages = messages;
        this.time = time;
        this.permissions = permissions;
        this.viewModel = new RecipientsViewModel(recipients, tasks, messages, time, clock,
                openCase.reference());
    }

    /** The part was chosen: read what it shows again. */
    public void shown() {
        viewModel.load();
    }

    @FXML
    private void initialize() {
        counts.textProperty().bind(viewModel.countsProperty());
        notice.textProperty().bind(viewModel.noticeProperty());
        noticeBar.managedProperty().bind(viewModel.noticeProperty().isNotEmpty());
        noticeBar.visibleProperty().bind(noticeBar.managedProperty());
        setUpFilter();
        setUpProblems();
        setUpTable();
        setUpStatusBar();
        boolean mayImport = permissions.may(UseCase.RECIPIENT_IMPORT);
        importFile.setVisible(mayImport);
        importFile.setManaged(mayImport);
        importFile.disableProperty().bind(viewModel.workingProperty());
        importFile.setOnAction(event -> choose());
        if (mayImport) {
            root.addEventHandler(DragEvent.DRAG_OVER, event -> {
                if (csv(event) != null && !viewModel.workingProperty().get()) {
                    event.acceptTransferModes(TransferMode.COPY);
                    event.consume();
                }
            });
            root.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
                Path file = csv(event);
                event.setDropCompleted(file != null);
                event.consume();
                if (file != null) {
                    viewModel.importFile(file);
                }
            });
        }
        openCase.selectedProperty().addListener((observable, was, selected) -> {
            if (selected) {
                viewModel.shown();
            }
        });
        if (openCase.selectedProperty().get()) {
            viewModel.shown();
        }
    }

    private static Path csv(DragEvent event) {
        if (!event.getDragboard().hasFiles() || event.getDragboard().getFiles().size() != 1) {
            return null;
        }
        File file = event.getDragboard().getFiles().get(0);
        return file.getName().toLowerCase(Locale.ROOT).endsWith(".csv") ? file.toPath() : null;
    }

    private void setUpFilter() {
        List<RecipientStatus> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(List.of(RecipientStatus.values()));
        statusFilter.setItems(FXCollections.observableArrayList(choices));
        statusFilter.setCellFactory(list -> new StatusCell());
        statusFilter.setButtonCell(new StatusCell());
        statusFilter.getSelectionModel().selectFirst();
        statusFilter.valueProperty().bindBidirectional(viewModel.filterProperty());
    }

    /** A status of the filter, or "all statuses". */
    private final class StatusCell extends ListCell<RecipientStatus> {
        @Override
        protected void updateItem(RecipientStatus status, boolean empty) {
            super.updateItem(status, empty);
            setText(empty ? null : status == null ? messages.get("recipients.filter.all") : messages.label(status));
        }
    }

    private void setUpProblems() {
        problems.setItems(viewModel.problems());
        problemLineColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Long.toString(cell.getValue().line())));
        problemColumnColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().column() == null
                ? "" : cell.getValue().column()));
        problemReasonColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                messages.render(cell.getValue().reason())));
        problemsPane.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.problems()));
        problemsPane.visibleProperty().bind(problemsPane.managedProperty());
        importValid.visibleProperty().bind(viewModel.pendingFileProperty().isNotNull());
        importValid.managedProperty().bind(importValid.visibleProperty());
        importValid.disableProperty().bind(viewModel.workingProperty());
        importValid.setOnAction(event -> viewModel.importValidRows());
        dismissProblems.setOnAction(event -> viewModel.dismissProblems());
    }

    private void setUpTable() {
        table.setItems(viewModel.rows());
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        emailColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(orEmpty(cell.getValue().email())));
        addressColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(orEmpty(cell.getValue().address())
                .replace('\n', ',').replace(",", ", ").replace(",  ", ", ")));
        languageColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().language()));
        statusColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(messages.label(cell.getValue().status())));
        statusAtColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().statusAt() == null ? ""
                : time.display(cell.getValue().statusAt())));
        channelColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(orEmpty(cell.getValue().channel())));
        TableRows.paged(table, READ_AHEAD, viewModel::readMore, null);
    }

    /** The status of the recipients chosen in the table (one, or a selection), set at a time and by a channel. */
    private void setUpStatusBar() {
        boolean may = permissions.may(UseCase.RECIPIENT_STATUS_SET);
        statusBar.setVisible(may);
        statusBar.setManaged(may);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        List<RecipientStatus> settable = new ArrayList<>(List.of(RecipientStatus.values()));
        settable.remove(RecipientStatus.PENDING);
        newStatus.setItems(FXCollections.observableArrayList(settable));
        newStatus.setCellFactory(list -> new StatusCell());
        newStatus.setButtonCell(new StatusCell());
        newStatus.getSelectionModel().selectFirst();
        statusAt.setPromptText(TimeText.INPUT_PATTERN);
        statusAt.setText(time.input(viewModel.now()));
        javafx.beans.binding.IntegerBinding chosen = javafx.beans.binding.Bindings.size(
                table.getSelectionModel().getSelectedItems());
        selection.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                messages.format("recipients.selected", chosen.get()), chosen));
        setStatus.disableProperty().bind(chosen.isEqualTo(0).or(viewModel.workingProperty()));
        setStatus.setOnAction(event -> viewModel.setStatus(List.copyOf(table.getSelectionModel().getSelectedItems()),
                newStatus.getValue(), statusAt.getText(), statusChannel.getText()));
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("recipients.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("recipients.import.csv"),
                "*.csv"));
        File chosen = chooser.showOpenDialog(root.getScene().getWindow());
        if (chosen != null) {
            viewModel.importFile(chosen.toPath());
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
