package org.trustcase.app.ui.deadlines;

import org.trustcase.model.access.Permissions;
import org.trustcase.model.access.UseCase;
import java.time.Instant;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.trustcase.app.WorkspaceInfo;
import org.trustcase.app.ui.casefile.CaseTabContext;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.Ticker;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.assessment.AssessmentService;
import org.trustcase.model.caseclocks.CaseClockService;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.deadlines.DeadlineEvent;
import org.trustcase.model.deadlines.RuleFlag;

/**
 * The Deadlines tab of a case: dated events, regime flags, the clocks as cards, and how due times are counted.
 * Creates the tab's view model from the services it is given.
 */
public final class CaseDeadlinesController {
    private final CaseTabContext openCase;
    private final CaseDeadlinesViewModel viewModel;
    private final Messages messages;
    private final TimeText time;
    private final Ticker ticker;
    private final ClockCard cards;

    @FXML private Parent root;
    @FXML private HBox noticeBar;
    @FXML private Label notice;
    @FXML private Button dismissNotice;
    private final Permissions permissions;
    @FXML private Label eventsHint;
    @FXML private VBox events;
    @FXML private VBox flags;
    @FXML private VBox clocks;
    @FXML private Label zonesNote;
    private final CoverageText coverageText;
    private final String actor;

    public CaseDeadlinesController(CaseTabContext openCase, CaseClockService clocks, CaseService cases,
            AssessmentService assessments, TaskExecutor tasks, OpenDeadlines openDeadlines, Messages messages,
            TimeText time, Ticker ticker, WorkspaceInfo workspace, Permissions permissions) {
        this.permissions = permissions;
        this.openCase = openCase;
        this.actor = workspace.actor().name();
        this.viewModel = new CaseDeadlinesViewModel(clocks, cases, assessments, tasks, messages,
                openDeadlines::refresh, openCase.reference(), openCase::caseChanged);
        this.messages = messages;
        this.time = time;
        this.ticker = ticker;
        this.cards = new ClockCard(ticker, messages, time);
        this.coverageText = new CoverageText(messages);
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(Stylesheet.url());
        notice.textProperty().bind(viewModel.noticeProperty());
        noticeBar.managedProperty().bind(viewModel.noticeProperty().isNotEmpty());
        noticeBar.visibleProperty().bind(noticeBar.managedProperty());
        dismissNotice.setOnAction(event -> viewModel.dismissNotice());
        eventsHint.setText(messages.format("deadlines.tab.events.hint", time.zoneLabel()));
        zonesNote.setText(messages.format("deadlines.tab.counting.zones", time.zoneLabel()));
        viewModel.snapshotProperty().addListener((observable, before, after) -> show(after));
        openCase.breachCase().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.caseRead(after);
            }
        });
        openCase.selectedProperty().addListener((observable, was, selected) -> {
            if (selected) {
                viewModel.shown();
            }
        });
        if (openCase.selectedProperty().get()) {
            viewModel.shown();
        }
    }

    private void show(CaseClockSnapshot snapshot) {
        if (snapshot == null) {
            return;
        }
        showEvents(snapshot);
        showFlags(snapshot);
        clocks.getChildren().clear();
        coverageText.banner(snapshot.coverage()).ifPresent(text -> {
            Label gap = new Label(text, new FontIcon("mdi2c-clock-alert-outline"));
            gap.setId("deadline-coverage");
            gap.getStyleClass().add("coverage-notice");
            gap.setWrapText(true);
            gap.setMinHeight(Region.USE_PREF_SIZE);
            gap.setMaxWidth(Double.MAX_VALUE);
            clocks.getChildren().add(gap);
        });
        if (snapshot.clocks().isEmpty() && !snapshot.coverage().noClock()) {
            Label none = new Label(messages.get("deadlines.tab.clocks.none"));
            none.setId("deadline-clocks-none");
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            clocks.getChildren().add(none);
        }
        for (DeadlineClock clock : ClockState.byUrgency(snapshot.clocks(), ticker.now())) {
            clocks.getChildren().add(cards.create(clock, snapshot.facts().outcomes().get(clock.rule().id()),
                    viewModel.workingProperty(), new ClockCard.Actions(
                            permissions.may(UseCase.CLOCK_MEET) ? this::meet : null,
                            permissions.may(UseCase.CLOCK_WAIVE) ? this::waive : null,
                            permissions.may(UseCase.CLOCK_CORRECT) ? this::correct : null)));
        }
    }

    private void showEvents(CaseClockSnapshot snapshot) {
        events.getChildren().clear();
        for (DeadlineEvent event : DeadlineEvent.values()) {
            Label name = new Label(messages.label(event));
            name.getStyleClass().addAll("text-muted", "text-small");
            Instant at = snapshot.eventAt(event);
            Label value = new Label(at == null ? messages.get("deadlines.tab.event.none") : time.display(at));
            value.setId("deadline-event-value-" + event.code());
            value.getStyleClass().add(at == null ? "event-none" : "event-time");
            VBox text = new VBox(0, name, value);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button edit = new Button(null, new FontIcon("mdi2p-pencil-outline"));
            edit.setId("deadline-event-" + event.code());
            edit.getStyleClass().addAll("flat", "small");
            edit.setTooltip(new Tooltip(messages.get("deadlines.tab.event.edit.tooltip")));
            edit.disableProperty().bind(viewModel.workingProperty());
            edit.setOnAction(e -> EventDialog.ask(window(), event, at, ticker.now(), time, messages)
                    .ifPresent(instant -> viewModel.recordEvent(event, instant)));
            // a role that cannot record events reads them only
            edit.setVisible(permissions.may(UseCase.EVENT_RECORD));
            edit.setManaged(edit.isVisible());
            HBox row = new HBox(8, text, edit);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("event-row");
            events.getChildren().add(row);
        }
    }

    private void showFlags(CaseClockSnapshot snapshot) {
        flags.getChildren().clear();
        for (RuleFlag flag : viewModel.catalog().flags()) {
            boolean derived = snapshot.derivedFlags().contains(flag.code());
            CheckBox check = new CheckBox(messages.has("flag." + flag.code()) ? messages.get("flag." + flag.code())
                    : flag.code());
            check.setId("deadline-flag-" + flag.code());
            check.getStyleClass().add("flag-check");
            check.setSelected(derived || snapshot.facts().flags().contains(flag.code()));
            if (derived || !permissions.may(UseCase.FLAGS_SET)) {
                check.setDisable(true);
                if (derived) {
                    check.setTooltip(new Tooltip(messages.get("deadlines.tab.flag.derived")));
                }
            } else {
                check.disableProperty().bind(viewModel.workingProperty());
                check.selectedProperty().addListener((observable, before, after) ->
                        viewModel.setFlag(flag.code(), after));
            }
            Label description = new Label(derived
                    ? flag.description() + " " + messages.get("deadlines.tab.flag.derived") : flag.description());
            description.getStyleClass().addAll("text-muted", "text-small");
            description.setWrapText(true);
            description.setPadding(new Insets(0, 0, 0, 26));
            description.setMinHeight(Region.USE_PREF_SIZE);
            flags.getChildren().add(new VBox(2, check, description));
        }
    }

    private void meet(DeadlineClock clock) {
        MeetDialog.ask(window(), clock, ticker.now(), actor, time, messages)
                .ifPresent(answer -> viewModel.meet(clock.rule().id(), answer.at(), answer.delayReason()));
    }

    private void waive(DeadlineClock clock) {
        WaiveDialog.ask(window(), clock, messages).ifPresent(ground -> viewModel.waive(clock.rule().id(), ground));
    }

    private void correct(DeadlineClock clock) {
        CorrectDialog.ask(window(), clock, ticker.now(), time, messages).ifPresent(answer -> viewModel.correct(
                clock.rule().id(), answer.kind(), answer.at(), answer.reason(), answer.correctionReason()));
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
