package org.trustcase.app.ui.dashboard;

import javafx.scene.control.Tooltip;
import org.trustcase.app.ui.cases.CaseListFocus;
import org.trustcase.app.ui.shell.FocusedCases;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trustcase.model.caselist.CaseListService;
import org.trustcase.app.ui.cases.StatusBadge;
import org.trustcase.app.ui.shell.Navigation;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.caselist.CaseFigures;
import org.trustcase.model.caselist.CaseRow;
import org.trustcase.model.cases.CaseStatus;

/** The dashboard: open cases by status, this year's figures and the most recent open cases. */
public final class DashboardController {
    private final DashboardViewModel viewModel;
    private final Navigation navigation;
    private final Messages messages;
    private final TimeText time;

    @FXML private Pane statusCards;
    @FXML private VBox overdueCard;
    @FXML private Label overdue;
    @FXML private VBox dueIn3DaysCard;
    @FXML private Label dueIn3Days;
    @FXML private VBox dueSoonCard;
    @FXML private Label dueSoon;
    @FXML private VBox withoutClockCard;
    @FXML private Label withoutClock;
    @FXML private Label withoutClockHint;
    @FXML private Label openedThisYear;
    @FXML private Label closedThisYear;
    @FXML private VBox recent;

    public DashboardController(CaseListService lists, TaskExecutor tasks, Navigation navigation, Messages messages,
            TimeText time) {
        this.viewModel = new DashboardViewModel(lists, tasks, time.zone());
        this.navigation = navigation;
        this.messages = messages;
        this.time = time;
    }

    @FXML
    private void initialize() {
        viewModel.figuresProperty().addListener((observable, before, after) -> show(after));
        opens(overdueCard, "dashboard-tile-overdue", CaseListFocus.OVERDUE);
        opens(dueSoonCard, "dashboard-tile-due-within-day", CaseListFocus.DUE_WITHIN_DAY);
        opens(dueIn3DaysCard, "dashboard-tile-due-within-3-days", CaseListFocus.DUE_WITHIN_3_DAYS);
        opens(withoutClockCard, "dashboard-tile-without-clock", CaseListFocus.WITHOUT_CLOCK);
    }

    /** A tile opens the cases it counts: by mouse, or by Enter or Space when it has the focus. */
    private void opens(VBox tile, String id, CaseListFocus focus) {
        tile.setId(id);
        tile.getStyleClass().add("clickable");
        tile.setFocusTraversable(true);
        Tooltip.install(tile, new Tooltip(messages.get("dashboard.tile.tooltip")));
        tile.setOnMouseClicked(event -> navigation.show(new FocusedCases(focus)));
        tile.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER || event.getCode() == javafx.scene.input.KeyCode.SPACE) {
                event.consume();
                navigation.show(new FocusedCases(focus));
            }
        });
    }

    /** Reads the figures again (when the screen is shown). */
    public void refresh() {
        viewModel.refresh();
    }

    private void show(CaseFigures figures) {
        statusCards.getChildren().clear();
        for (CaseStatus status : CaseStatus.values()) {
            Long count = figures.openByStatus().get(status);
            if (count != null) {
                statusCards.getChildren().add(card(status, count));
            }
        }
        showClockFigure(overdueCard, overdue, figures.overdueClocks(), "figure-card-danger");
        showClockFigure(dueSoonCard, dueSoon, figures.dueWithinDay(), "figure-card-warning");
        showClockFigure(dueIn3DaysCard, dueIn3Days, figures.dueWithin3Days(), "figure-card-notice");
        showClockFigure(withoutClockCard, withoutClock, figures.openWithoutClock(), "figure-card-warning");
        withoutClockHint.setVisible(figures.openWithoutClock() > 0);
        openedThisYear.setText(messages.format("dashboard.figure", figures.openedInYear()));
        closedThisYear.setText(messages.format("dashboard.figure", figures.closedInYear()));
        recent.getChildren().clear();
        if (figures.recentlyAware().isEmpty()) {
            Label none = new Label(messages.get("dashboard.recent.none"));
            none.getStyleClass().add("text-muted");
            recent.getChildren().add(none);
        }
        for (CaseRow breachCase : figures.recentlyAware()) {
            recent.getChildren().add(recentRow(breachCase));
        }
    }

    /** A figure that asks for attention when it is not zero: its card takes {@code alarm}'s colours then. */
    private void showClockFigure(VBox card, Label figure, long count, String alarm) {
        figure.setText(messages.format("dashboard.figure", count));
        card.getStyleClass().remove(alarm);
        if (count > 0) {
            card.getStyleClass().add(alarm);
        }
    }

    private VBox card(CaseStatus status, long count) {
        Label figure = new Label(messages.format("dashboard.figure", count));
        figure.getStyleClass().add("figure");
        figure.setId("dashboard-open-" + StatusBadge.styleClass(status).substring("status-".length()));
        Label badge = StatusBadge.create(status, messages);
        VBox card = new VBox(6, badge, figure);
        card.getStyleClass().addAll("figure-card", StatusBadge.styleClass(status) + "-card");
        card.setMinWidth(150);
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    private Button recentRow(CaseRow breachCase) {
        Label reference = new Label(breachCase.reference().toString());
        reference.getStyleClass().add("case-reference");
        reference.setMinWidth(110);
        Label title = new Label(breachCase.title());
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Label aware = new Label(breachCase.awareAt() == null ? ""
                : messages.format("dashboard.recent.aware", time.display(breachCase.awareAt())));
        aware.getStyleClass().add("text-muted");
        aware.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(12, reference, StatusBadge.create(breachCase.status(), messages), title, aware);
        line.setAlignment(Pos.CENTER_LEFT);
        Button row = new Button();
        row.setGraphic(line);
        row.setMaxWidth(Double.MAX_VALUE);
        row.getStyleClass().addAll("flat", "recent-case");
        row.setId("dashboard-recent-" + breachCase.reference());
        line.prefWidthProperty().bind(row.widthProperty().subtract(24));
        row.setOnAction(event -> navigation.openCase(breachCase.reference()));
        return row;
    }
}
