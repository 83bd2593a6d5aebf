package org.trustcase.app.ui.cases;

import org.trustcase.model.access.Permissions;
import org.trustcase.model.access.UseCase;
import java.time.Instant;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.textfield.CustomTextField;
import org.trustcase.app.ui.intake.EmailIntake;
import org.trustcase.app.ui.intake.IntakeDialog;
import org.trustcase.app.ui.shell.Navigation;
import org.trustcase.app.ui.support.TableRows;
import org.trustcase.app.ui.support.FittingColumns;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.Ticker;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.caselist.CaseListService;
import org.trustcase.model.caselist.CaseRow;
import org.trustcase.model.caselist.CaseSort;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;

/**
 * The cases table with its instant filter. The table shows the rows read so far and asks for more as the
 * user scrolls; clicking a column header sorts in the database, not in the table.
 */
public final class CasesController {
    /** How close to the last row read the next page is asked for. */
    private static final int READ_AHEAD = 50;

    private final CasesViewModel viewModel;
    private final Navigation navigation;
    private final IntakeDialog intake;
    private final Messages messages;
    private final TimeText time;
    private final Ticker ticker;

    /** The header's width under which its two secondary buttons show their icons only. */
    private static final double COMPACT_BELOW = 900;

    @FXML private CustomTextField search;
    @FXML private Button clearSearch;
    @FXML private Label count;
    @FXML private Label exportNotice;
    @FXML private javafx.scene.control.ToggleButton overdueOnly;
    @FXML private javafx.scene.control.ComboBox<StatusFilter> statusFilter;
    @FXML private Button export;
    @FXML private HBox focusChip;
    private final CasesCsv csv;
    @FXML private Label focusText;
    @FXML private Button clearFocus;
    @FXML private Button newCase;
    private final TaskExecutor tasks;
    private final Permissions permissions;
    @FXML private HBox header;
    @FXML private javafx.scene.control.ComboBox<org.trustcase.model.severity.SeverityBand> bandFilter;
    @FXML private javafx.scene.control.TextField ownerFilter;
    @FXML private javafx.scene.control.TextField jurisdictionFilter;
    @FXML private CustomTextField mentionsFilter;
    @FXML private javafx.scene.control.ComboBox<org.trustcase.model.caselist.SavedView> savedViews;
    @FXML private Button saveView;
    @FXML private Button deleteView;
    @FXML private Label viewNotice;
    private final SavedViewsViewModel views;
    @FXML private TableView<CaseRow> table;
    @FXML private TableColumn<CaseRow, CaseReference> referenceColumn;
    @FXML private TableColumn<CaseRow, String> titleColumn;
    @FXML private TableColumn<CaseRow, CaseStatus> statusColumn;
    @FXML private TableColumn<CaseRow, CaseRow> nextDeadlineColumn;
    @FXML private TableColumn<CaseRow, Instant> awareColumn;
    @FXML private TableColumn<CaseRow, String> ownerColumn;

    public CasesController(CaseListService lists, TaskExecutor tasks, CaseList changes, Navigation navigation,
            IntakeDialog intake, Messages messages, TimeText time, Ticker ticker, java.time.Clock clock,
            Permissions permissions, org.trustcase.model.caselist.SavedViewService savedViews) {
        this.permissions = permissions;
        this.views = new SavedViewsViewModel(savedViews, tasks, messages);
        this.tasks = tasks;
        this.viewModel = new CasesViewModel(lists, tasks, messages, changes, clock);
        this.csv = new CasesCsv(lists, messages, time);
        this.navigation = navigation;
        this.intake = intake;
        this.messages = messages;
        this.time = time;
        this.ticker = ticker;
    }

    @FXML
    private void initialize() {
        FittingColumns.install(table, titleColumn);
        FilterBar.install(new FilterBar.Controls(bandFilter, ownerFilter, jurisdictionFilter, mentionsFilter,
                savedViews, saveView, deleteView, viewNotice), viewModel, views, messages);
        // on a narrow window the switch and the export keep their icons (and tooltips), so the filter keeps its room
        header.widthProperty().addListener((observable, before, after) -> {
            ContentDisplay display = after.doubleValue() < COMPACT_BELOW ? ContentDisplay.GRAPHIC_ONLY
                    : ContentDisplay.LEFT;
            overdueOnly.setContentDisplay(display);
            export.setContentDisplay(display);
        });
        focusChip.managedProperty().bind(viewModel.focusProperty().isNotNull());
        focusChip.visibleProperty().bind(focusChip.managedProperty());
        focusText.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.focusProperty().get() == null ? "" : messages.label(viewModel.focusProperty().get()),
                viewModel.focusProperty()));
        clearFocus.setOnAction(event -> viewModel.focusProperty().set(null));
        exportNotice.textProperty().bind(viewModel.exportNoticeProperty());
        // the switch and the dashboard's overdue tile narrow the list the same way
        overdueOnly.setOnAction(event -> viewModel.focusProperty().set(overdueOnly.isSelected() ? CaseListFocus.OVERDUE
                : null));
        viewModel.focusProperty().addListener((observable, before, after) ->
                overdueOnly.setSelected(after == CaseListFocus.OVERDUE));
        statusFilter.getItems().setAll(StatusFilter.values());
        statusFilter.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(StatusFilter filter) {
                return filter == null ? "" : messages.label(filter);
            }

            @Override
            public StatusFilter fromString(String text) {
                return java.util.Arrays.stream(StatusFilter.values()).filter(f -> messages.label(f).equals(text))
                        .findFirst().orElse(StatusFilter.ALL);
            }
        });
        statusFilter.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        export.setOnAction(event -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(messages.get("cases.export.title"));
            chooser.setInitialFileName(messages.get("cases.export.fileName"));
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv"));
            java.io.File chosen = chooser.showSaveDialog(export.getScene().getWindow());
            if (chosen != null) {
                viewModel.export(chosen.toPath(), csv);
            }
        });
        search.textProperty().bindBidirectional(viewModel.queryProperty());
        clearSearch.visibleProperty().bind(search.textProperty().isNotEmpty());
        clearSearch.setOnAction(event -> {
            search.clear();
            search.requestFocus();
        });
        // Esc clears the filter; an empty filter lets Esc go on to whatever else it means
        search.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE && !search.getText().isEmpty()) {
                event.consume();
                search.clear();
            }
        });
        count.textProperty().bind(viewModel.countProperty());

        referenceColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().reference()));
        titleColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().title()));
        titleColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        statusColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().status()));
        statusColumn.setCellFactory(column -> new StatusCell());
        nextDeadlineColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        nextDeadlineColumn.setCellFactory(column -> new NextDeadlineCell(ticker, messages));
        awareColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().awareAt()));
        awareColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : time.display(item));
            }
        });
        ownerColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().owner()));

        Map<TableColumn<CaseRow, ?>, CaseSort> sorts = Map.of(referenceColumn, CaseSort.REFERENCE,
                titleColumn, CaseSort.TITLE, statusColumn, CaseSort.STATUS, nextDeadlineColumn, CaseSort.NEXT_DEADLINE,
                awareColumn, CaseSort.AWARE_AT, ownerColumn, CaseSort.OWNER);
        table.setItems(viewModel.rows());
        referenceColumn.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(referenceColumn);
        // the database sorts: the table only tells the view model which column and direction
        table.setSortPolicy(view -> {
            TableColumn<CaseRow, ?> first = view.getSortOrder().isEmpty() ? null : view.getSortOrder().get(0);
            viewModel.sortProperty().set(first == null ? CasesViewModel.Sort.DEFAULT
                    : new CasesViewModel.Sort(sorts.get(first), first.getSortType() == TableColumn.SortType.DESCENDING));
            return true;
        });
        table.setPlaceholder(new Label(messages.get("cases.empty")));

        TableRows.paged(table, READ_AHEAD, viewModel::readMore, this::open);
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                event.consume();
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
            } else if (event.getCode() == KeyCode.ENTER && table.getItems().size() == 1) {
                event.consume();
                open(table.getItems().get(0));
            }
        });
        newCase.setOnAction(event -> intake.open(newCase.getScene().getWindow()));
        newCase.setVisible(permissions.may(UseCase.CASE_OPEN));
        newCase.setManaged(newCase.isVisible());
        if (permissions.may(UseCase.CASE_OPEN) && permissions.may(UseCase.EVIDENCE_ADD)) {
            newCase.setTooltip(new javafx.scene.control.Tooltip(messages.get("cases.drop.hint")));
            table.addEventHandler(javafx.scene.input.DragEvent.DRAG_OVER, event -> {
                if (droppedEmail(event.getDragboard()) != null) {
                    event.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
                    event.consume();
                }
            });
            table.addEventHandler(javafx.scene.input.DragEvent.DRAG_DROPPED, event -> {
                java.nio.file.Path email = droppedEmail(event.getDragboard());
                event.setDropCompleted(email != null);
                event.consume();
                if (email != null) {
                    openFromEmail(email);
                }
            });
        }
        export.setVisible(permissions.may(UseCase.CASE_EXPORT_TO_FILE));
        export.setManaged(export.isVisible());
    }

    /** The one e-mail file dropped (a drop of several files, or of other files, opens no case). */
    private static java.nio.file.Path droppedEmail(javafx.scene.input.Dragboard board) {
        if (!board.hasFiles() || board.getFiles().size() != 1) {
            return null;
        }
        java.nio.file.Path file = board.getFiles().get(0).toPath();
        return EmailIntake.looksLikeEmail(file) ? file : null;
    }

    /** Reads the e-mail in the background, then opens the New case form filled from it. */
    private void openFromEmail(java.nio.file.Path file) {
        javafx.stage.Window window = table.getScene().getWindow();
        tasks.create(() -> EmailIntake.read(file))
                .onSuccess(email -> intake.open(window, email))
                .onError(java.io.IOException.class, unreadable -> {
                    javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                            javafx.scene.control.Alert.AlertType.WARNING, messages.format("cases.drop.unreadable",
                                    file.getFileName(), unreadable.getMessage()));
                    alert.initOwner(window);
                    alert.show();
                })
                .start();
    }

    /** Narrows the list to the cases behind a dashboard figure. */
    public void focus(CaseListFocus focus) {
        viewModel.focusProperty().set(focus);
    }

    /** Shows the cases of one status (a dashboard status figure's), with no deadline focus. */
    public void focus(StatusFilter status) {
        viewModel.focusProperty().set(null);
        viewModel.statusFilterProperty().set(status);
    }

    /** Reads the cases again (when the screen is shown). */
    public void refresh() {
        viewModel.reload();
    }

    private void open(CaseRow row) {
        navigation.openCase(row.reference());
    }

    private final class StatusCell extends TableCell<CaseRow, CaseStatus> {
        @Override
        protected void updateItem(CaseStatus item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(empty || item == null ? null : StatusBadge.create(item, messages));
        }
    }
}
