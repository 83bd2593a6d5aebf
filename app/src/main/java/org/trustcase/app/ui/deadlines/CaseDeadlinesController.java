package org.trustcase.app.ui.deadlines;

import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.Ticker;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.deadlines.DeadlineEvent;
import org.trustcase.model.deadlines.RuleFlag;

/** The Deadlines tab of a case: dated events, regime flags, the clocks as cards, and how due times are counted. */
public final class CaseDeadlinesController {
    private final CaseDeadlinesViewModel viewModel;
    private final Messages messages;
    private final TimeText time;
    private final Ticker ticker;
    private final ClockCard cards;

    @FXML private Parent root;
    @FXML private HBox noticeBar;
    @FXML private Label notice;
    @FXML private Button dismissNotice;
    @FXML private Label eventsHint;
    @FXML private GridPane events;
    @FXML private GridPane flags;
    @FXML private VBox clocks;
    @FXML private Label zonesNote;

    public CaseDeadlinesController(CaseDeadlinesViewModel viewModel, Messages messages, TimeText time, Ticker ticker) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.time = time;
        this.ticker = ticker;
        this.cards = new ClockCard(ticker, messages, time);
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
    }

    private void show(CaseClockSnapshot snapshot) {
        if (snapshot == null) {
            return;
        }
        showEvents(snapshot);
        showFlags(snapshot);
        clocks.getChildren().clear();
        if (snapshot.clocks().isEmpty()) {
            Label none = new Label(messages.get("deadlines.tab.clocks.none"));
            none.setId("deadline-clocks-none");
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            clocks.getChildren().add(none);
        }
        for (DeadlineClock clock : snapshot.clocks()) {
            clocks.getChildren().add(cards.create(clock, viewModel.workingProperty(), this::meet, this::waive));
        }
    }

    private void showEvents(CaseClockSnapshot snapshot) {
        events.getChildren().clear();
        int row = 0;
        for (DeadlineEvent event : DeadlineEvent.values()) {
            Label name = new Label(messages.label(event));
            var at = snapshot.eventAt(event);
            Label value = new Label(at == null ? messages.get("deadlines.tab.event.none") : time.display(at));
            value.setId("deadline-event-value-" + event.code());
            value.getStyleClass().add(at == null ? "text-muted" : "event-time");
            Button edit = new Button(null, new FontIcon("mdi2p-pencil-outline"));
            edit.setId("deadline-event-" + event.code());
            edit.getStyleClass().addAll("flat", "small");
            edit.setTooltip(new Tooltip(messages.get("deadlines.tab.event.edit.tooltip")));
            edit.disableProperty().bind(viewModel.workingProperty());
            edit.setOnAction(e -> EventDialog.ask(window(), event, at, ticker.now(), time, messages)
                    .ifPresent(instant -> viewModel.recordEvent(event, instant)));
            events.addRow(row++, name, value, edit);
        }
    }

    private void showFlags(CaseClockSnapshot snapshot) {
        flags.getChildren().clear();
        int index = 0;
        for (RuleFlag flag : viewModel.catalog().flags()) {
            boolean derived = snapshot.derivedFlags().contains(flag.code());
            CheckBox check = new CheckBox(flag.code());
            check.setId("deadline-flag-" + flag.code());
            check.getStyleClass().add("flag-check");
            check.setSelected(derived || snapshot.facts().flags().contains(flag.code()));
            if (derived) {
                check.setDisable(true);
                check.setTooltip(new Tooltip(messages.get("deadlines.tab.flag.derived")));
            } else {
                check.disableProperty().bind(viewModel.workingProperty());
                check.selectedProperty().addListener((observable, before, after) ->
                        viewModel.setFlag(flag.code(), after));
            }
            Label description = new Label(derived ? flag.description() + " " + messages.get("deadlines.tab.flag.derived")
                    : flag.description());
            description.getStyleClass().addAll("text-muted", "text-small");
            description.setWrapText(true);
            description.setPadding(new Insets(0, 0, 0, 26));
            description.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox cell = new VBox(2, check, description);
            GridPane.setValignment(cell, VPos.TOP);
            flags.add(cell, index % 2, index / 2);
            index++;
        }
    }

    private void meet(DeadlineClock clock) {
        MeetDialog.ask(window(), clock, ticker.now(), time, messages)
                .ifPresent(answer -> viewModel.meet(clock.rule().id(), answer.at(), answer.delayReason()));
    }

    private void waive(DeadlineClock clock) {
        WaiveDialog.ask(window(), clock, messages).ifPresent(ground -> viewModel.waive(clock.rule().id(), ground));
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
