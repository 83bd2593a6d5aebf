package org.trustcase.app.ui.cases;

import java.time.Instant;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.beans.binding.Bindings;
import org.controlsfx.control.textfield.CustomTextField;
import org.trustcase.app.ui.deadlines.CountdownCell;
import org.trustcase.app.ui.deadlines.OpenDeadlines;
import org.trustcase.app.ui.intake.IntakeDialog;
import org.trustcase.app.ui.shell.Navigation;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.Ticker;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.deadlines.DeadlineClock;

/** The cases table with its instant filter. */
public final class CasesController {
    private final CasesViewModel viewModel;
    private final Navigation navigation;
    private final IntakeDialog intake;
    private final Messages messages;
    private final TimeText time;
    private final OpenDeadlines deadlines;
    private final Ticker ticker;

    @FXML private CustomTextField search;
    @FXML private Button clearSearch;
    @FXML private Label count;
    @FXML private Button newCase;
    @FXML private TableView<BreachCase> table;
    @FXML private TableColumn<BreachCase, CaseReference> referenceColumn;
    @FXML private TableColumn<BreachCase, String> titleColumn;
    @FXML private TableColumn<BreachCase, CaseStatus> statusColumn;
    @FXML private TableColumn<BreachCase, DeadlineClock> nextDeadlineColumn;
    @FXML private TableColumn<BreachCase, Instant> awareColumn;
    @FXML private TableColumn<BreachCase, String> ownerColumn;

    public CasesController(CaseList caseList, Navigation navigation, IntakeDialog intake, Messages messages,
            TimeText time, OpenDeadlines deadlines, Ticker ticker) {
        this.viewModel = new CasesViewModel(caseList, messages);
        this.navigation = navigation;
        this.intake = intake;
        this.messages = messages;
        this.time = time;
        this.deadlines = deadlines;
        this.ticker = ticker;
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(viewModel.queryProperty());
        clearSearch.visibleProperty().bind(search.textProperty().isNotEmpty());
        clearSearch.setOnAction(event -> {
            search.clear();
            search.requestFocus();
        });
        count.textProperty().bind(viewModel.countProperty());

        referenceColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().reference()));
        titleColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().details().title()));
        statusColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().status()));
        statusColumn.setCellFactory(column -> new StatusCell());
        nextDeadlineColumn.setCellValueFactory(row -> Bindings.createObjectBinding(
                () -> deadlines.next(row.getValue().reference()).orElse(null), deadlines.casesProperty()));
        nextDeadlineColumn.setCellFactory(column -> new CountdownCell<>(ticker, messages, true));
        nextDeadlineColumn.setComparator(java.util.Comparator.nullsLast(
                java.util.Comparator.comparing(DeadlineClock::dueAt)));
        awareColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().details().awareAt()));
        awareColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : time.display(item));
            }
        });
        awareColumn.setComparator(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        ownerColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().details().owner()));

        SortedList<BreachCase> sorted = new SortedList<>(viewModel.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        referenceColumn.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(referenceColumn);
        table.setPlaceholder(new Label(messages.get("cases.empty")));

        table.setRowFactory(view -> {
            TableRow<BreachCase> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                event.consume();
                open(table.getSelectionModel().getSelectedItem());
            }
        });
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
    }

    /** Puts the cursor in the filter field, with its text selected. */
    public void focusSearch() {
        Platform.runLater(() -> {
            search.requestFocus();
            search.selectAll();
        });
    }

    /** Reads the cases again (when the screen is shown). */
    public void refresh() {
        viewModel.reload();
    }

    private void open(BreachCase breachCase) {
        navigation.openCase(breachCase.reference());
    }

    private final class StatusCell extends TableCell<BreachCase, CaseStatus> {
        @Override
        protected void updateItem(CaseStatus item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(empty || item == null ? null : StatusBadge.create(item, messages));
        }
    }
}
