package org.trustcase.app.ui.deadlines;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.trustcase.model.caseclocks.DeadlineBoard;
import org.trustcase.app.ui.shell.Navigation;
import org.trustcase.app.ui.support.TableRows;
import org.trustcase.app.ui.support.FittingColumns;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.Ticker;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.deadlines.DeadlineClock;

/** The global deadlines screen: one table of the running clocks of every open case. */
public final class DeadlinesController {
    /** How close to the last row read the next page is asked for. */
    private static final int READ_AHEAD = 50;
    private final DeadlinesViewModel viewModel;
    private final Navigation navigation;
    private final Messages messages;
    private final Ticker ticker;
    private final DueText due;

    @FXML private Label count;
    @FXML private CheckBox showWaiting;
    @FXML private TableView<DeadlineEntry> table;
    @FXML private TableColumn<DeadlineEntry, DeadlineEntry> caseColumn;
    @FXML private TableColumn<DeadlineEntry, DeadlineEntry> ruleColumn;
    @FXML private TableColumn<DeadlineEntry, String> recipientColumn;
    @FXML private TableColumn<DeadlineEntry, DeadlineClock> dueColumn;
    @FXML private TableColumn<DeadlineEntry, DeadlineClock> countdownColumn;
    @FXML private TableColumn<DeadlineEntry, DeadlineClock> statusColumn;

    public DeadlinesController(OpenDeadlines deadlines, DeadlineBoard board, TaskExecutor tasks, Ticker ticker,
            Navigation navigation, Messages messages, TimeText time) {
        this.viewModel = new DeadlinesViewModel(deadlines, board, tasks, messages);
        this.navigation = navigation;
        this.messages = messages;
        this.ticker = ticker;
        this.due = new DueText(time.zone(), messages);
    }

    @FXML
    private void initialize() {
        FittingColumns.install(table, recipientColumn);
        count.textProperty().bind(viewModel.countProperty());
        showWaiting.selectedProperty().bindBidirectional(viewModel.showWaitingProperty());
        table.setItems(viewModel.entries());
        table.setPlaceholder(new Label(messages.get("deadlines.screen.empty")));

        caseColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        caseColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(DeadlineEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : caseGraphic(item));
            }
        });
        ruleColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        ruleColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(DeadlineEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : ruleGraphic(item));
            }
        });
        recipientColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().clock().rule().recipient()));
        recipientColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        dueColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().clock()));
        dueColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(DeadlineClock item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Label authority = new Label(due.authority(item));
                authority.getStyleClass().addAll("text-muted", "text-small");
                authority.setManaged(!authority.getText().isEmpty());
                authority.setVisible(authority.isManaged());
                VBox both = new VBox(1, new Label(due.user(item)), authority);
                both.setAlignment(Pos.CENTER_LEFT);
                setGraphic(both);
                setTooltip(new Tooltip(due.both(item)));
            }
        });
        countdownColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().clock()));
        countdownColumn.setCellFactory(column -> new CountdownCell<>(ticker, messages, false));
        statusColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().clock()));
        statusColumn.setCellFactory(column -> new ClockStateCell<>(ticker, messages));

        TableRows.paged(table, READ_AHEAD, viewModel::readMore, this::open);
    }

    /** Reads the clocks again (when the screen is shown). */
    public void refresh() {
        viewModel.reload();
    }

    private void open(DeadlineEntry entry) {
        navigation.openCase(entry.reference(), CaseDeadlinesTab.TAB_ID);
    }

    private VBox caseGraphic(DeadlineEntry entry) {
        Label reference = new Label(entry.reference().toString());
        reference.getStyleClass().add("case-reference");
        Label title = new Label(entry.title());
        title.getStyleClass().addAll("text-muted", "text-small");
        return new VBox(1, reference, title);
    }

    private VBox ruleGraphic(DeadlineEntry entry) {
        Label rule = new Label(entry.ruleId());
        rule.getStyleClass().add("rule-id");
        rule.setTooltip(CitationTooltip.of(entry.clock().rule(), messages));
        Label kind = ClockBadge.kind(entry.clock().rule().kind(), messages);
        kind.getStyleClass().add("kind-badge-small");
        return new VBox(2, rule, kind);
    }
}
