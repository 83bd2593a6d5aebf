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
    @FXML private javafx.scene.layout.VBox within72Card;
    @FXML private javafx.scene.layout.VBox medianCard;
    @FXML private Label within72;
    @FXML private Label within72Detail;
    @FXML private Label median;
    @FXML private javafx.scene.chart.StackedBarChart<String, Number> monthly;

    public DashboardController(CaseListService lists, org.trustcase.model.reports.ReportService reports,
            TaskExecutor tasks, Navigation navigation, Messages messages, TimeText time, java.time.Clock clock) {
        this.viewModel = new DashboardViewModel(lists, reports, tasks, time.zone(), clock);
        this.navigation = navigation;
        this.messages = messages;
        this.time = time;
    }

    @FXML
    private void initialize() {
        viewModel.figuresProperty().addListener((observable, before, after) -> show(after));
        viewModel.notifyingProperty().addListener((observable, before, after) -> showNotifying(after));
        opens(overdueCard, "dashboard-tile-overdue", CaseListFocus.OVERDUE);
        opens(dueSoonCard, "dashboard-tile-due-within-day", CaseListFocus.DUE_WITHIN_DAY);
        opens(dueIn3DaysCard, "dashboard-tile-due-within-3-days", CaseListFocus.DUE_WITHIN_3_DAYS);
        opens(withoutClockCard, "dashboard-tile-without-clock", CaseListFocus.WITHOUT_CLOCK);
        // the year's notification figures open the year's register, which shows each notification's time
        opensRegister(within72Card, "dashboard-tile-within-72");
        opensRegister(medianCard, "dashboard-tile-median");
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

    private void opensRegister(VBox tile, String id) {
        tile.setId(id);
        tile.getStyleClass().add("clickable");
        tile.setFocusTraversable(true);
        Tooltip.install(tile, new Tooltip(messages.get("dashboard.tile.register.tooltip")));
        Runnable open = () -> {
            java.time.YearMonth last = viewModel.lastMonth();
            if (last != null) {
                navigation.show(new org.trustcase.app.ui.shell.RegisterPeriod(
                        java.time.LocalDate.of(last.getYear(), 1, 1), last.atEndOfMonth()));
            }
        };
        tile.setOnMouseClicked(event -> open.run());
        tile.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER || event.getCode() == javafx.scene.input.KeyCode.SPACE) {
                event.consume();
                open.run();
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

    /** The year's notifications to the authority, and the chart of breaches by month and kind. */
    private void showNotifying(org.trustcase.model.reports.ReportService.DashboardFigures figures) {
        var year = figures.year();
        long notified = year.authorityNotified();
        within72.setText(notified == 0 ? messages.get("dashboard.within72.none")
                : messages.format("dashboard.within72.share", Math.round(100.0 * year.notifiedWithin72Hours() / notified)));
        within72Detail.setText(messages.format("dashboard.within72.detail", year.notifiedWithin72Hours(), notified));
        median.setText(year.medianHoursToNotify() == null ? messages.get("dashboard.median.none")
                : messages.format("dashboard.median.hours", year.medianHoursToNotify()));
        java.time.format.DateTimeFormatter monthName = java.time.format.DateTimeFormatter.ofPattern("MMM yyyy",
                messages.bundle().getLocale());
        java.util.Map<java.time.YearMonth, java.util.Map<org.trustcase.model.cases.BreachType, Long>> byMonth =
                new java.util.HashMap<>();
        figures.months().forEach(m -> byMonth.put(m.month(), m.byType()));
        java.time.YearMonth last = viewModel.lastMonth();
        monthly.getData().clear();
        for (org.trustcase.model.cases.BreachType type : org.trustcase.model.cases.BreachType.values()) {
            javafx.scene.chart.XYChart.Series<String, Number> series = new javafx.scene.chart.XYChart.Series<>();
            series.setName(messages.label(type));
            for (int back = DashboardViewModel.MONTHS - 1; back >= 0; back--) {
                java.time.YearMonth month = last.minusMonths(back);
                long count = byMonth.getOrDefault(month, java.util.Map.of()).getOrDefault(type, 0L);
                javafx.scene.chart.XYChart.Data<String, Number> bar =
                        new javafx.scene.chart.XYChart.Data<>(monthName.format(month), count);
                // a bar opens the month's register
                bar.nodeProperty().addListener((observable, before, node) -> {
                    if (node != null) {
                        node.getStyleClass().add("clickable");
                        node.setOnMouseClicked(event -> navigation.show(new org.trustcase.app.ui.shell.RegisterPeriod(
                                month.atDay(1), month.atEndOfMonth())));
                    }
                });
                series.getData().add(bar);
            }
            monthly.getData().add(series);
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
