package org.trustcase.app.ui.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trustcase.app.ui.cases.CaseListFocus;
import org.trustcase.app.ui.cases.StatusBadge;
import org.trustcase.app.ui.shell.FocusedCases;
import org.trustcase.app.ui.shell.Navigation;
import org.trustcase.app.ui.shell.Page;
import org.trustcase.app.ui.shell.RegisterPeriod;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.caselist.CaseFigures;
import org.trustcase.model.caselist.CaseListService;
import org.trustcase.model.caselist.CaseRow;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.reports.RegisterFilter;
import org.trustcase.model.reports.ReportService;

/** The dashboard: open cases by status, this year's figures and the most recent open cases. */
public final class DashboardController {
    /** The statuses of the cases the chart counts: every case but those found not to be breaches. */
    private static final Set<CaseStatus> BREACHES = EnumSet.complementOf(EnumSet.of(CaseStatus.NOT_A_BREACH));
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
    @FXML private VBox within72Card;
    @FXML private VBox medianCard;
    @FXML private Label within72;
    @FXML private Label within72Detail;
    @FXML private Label median;
    @FXML private StackedBarChart<String, Number> monthly;

    public DashboardController(CaseListService lists, ReportService reports,
            TaskExecutor tasks, Navigation navigation, Messages messages, TimeText time, Clock clock) {
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
        opensRegister(within72Card, "dashboard-tile-within-72");
        opensRegister(medianCard, "dashboard-tile-median");
    }

    /** A tile opens the cases it counts: by mouse, or by Enter or Space when it has the focus. */
    private void opens(VBox tile, String id, CaseListFocus focus) {
        opens(tile, id, "dashboard.tile.tooltip", () -> new FocusedCases(focus));
    }

    /** A notification figure opens the year's register of the cases notified, which shows each one's time. */
    private void opensRegister(VBox tile, String id) {
        RegisterFilter notified = new RegisterFilter(Set.of(), Set.of(), Set.of(),
                RegisterFilter.AuthorityNotice.NOTIFIED);
        opens(tile, id, "dashboard.tile.register.tooltip", () -> {
            YearMonth last = viewModel.lastMonth();
            return last == null ? null
                    : new RegisterPeriod(LocalDate.of(last.getYear(), 1, 1), last.atEndOfMonth(), notified);
        });
    }

    /** {@code tile} shows the page {@code target} gives (none when it gives null). */
    private void opens(Region tile, String id, String tooltip, Supplier<Page> target) {
        tile.setId(id);
        tile.getStyleClass().add("clickable");
        tile.setFocusTraversable(true);
        Tooltip.install(tile, new Tooltip(messages.get(tooltip)));
        Runnable open = () -> {
            Page page = target.get();
            if (page != null) {
                navigation.show(page);
            }
        };
        tile.setOnMouseClicked(event -> open.run());
        tile.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
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
    private void showNotifying(ReportService.DashboardFigures figures) {
        var year = figures.year();
        long notified = year.authorityNotified();
        within72.setText(notified == 0 ? messages.get("dashboard.within72.none")
                : messages.format("dashboard.within72.share", Math.round(100.0 * year.notifiedWithin72Hours() / notified)));
        within72Detail.setText(messages.format("dashboard.within72.detail", year.notifiedWithin72Hours(), notified));
        median.setText(year.medianHoursToNotify() == null ? messages.get("dashboard.median.none")
                : messages.format("dashboard.median.hours", year.medianHoursToNotify()));
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("MMM yyyy",
                messages.bundle().getLocale());
        Map<YearMonth, Map<BreachType, Long>> byMonth = new HashMap<>();
        figures.months().forEach(m -> byMonth.put(m.month(), m.byType()));
        YearMonth last = viewModel.lastMonth();
        monthly.getData().clear();
        for (BreachType type : BreachType.values()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(messages.label(type));
            for (int back = DashboardViewModel.MONTHS - 1; back >= 0; back--) {
                YearMonth month = last.minusMonths(back);
                long count = byMonth.getOrDefault(month, Map.of()).getOrDefault(type, 0L);
                XYChart.Data<String, Number> bar = new XYChart.Data<>(monthName.format(month), count);
                // a bar opens the month's register of its kind of breach
                bar.nodeProperty().addListener((observable, before, node) -> {
                    if (node != null) {
                        node.getStyleClass().add("clickable");
                        node.setOnMouseClicked(event -> navigation.show(new RegisterPeriod(month.atDay(1),
                                month.atEndOfMonth(), new RegisterFilter(BREACHES, Set.of(), Set.of(type),
                                        RegisterFilter.AuthorityNotice.ANY))));
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
        opens(card, "dashboard-tile-" + StatusBadge.styleClass(status).substring("status-".length()),
                "dashboard.tile.tooltip", () -> FocusedCases.withStatus(status));
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
