package org.trustcase.app.ui.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.Ticker;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.deadlines.ClockStatus;
import org.trustcase.model.caseclocks.ClockOutcome;
import org.trustcase.model.deadlines.DeadlineClock;

/**
 * One clock of a case as a card: rule, kind and state; whom to notify and on what basis; the due time in both
 * zones with a live countdown; what became of it (met, late with the reason, waived with the ground, or why it
 * waits); and its actions. The citation and note show in the rule's tooltip.
 */
final class ClockCard {
    private final Ticker ticker;
    private final Messages messages;
    private final TimeText time;
    private final DueText due;
    private final Countdown countdown;

    ClockCard(Ticker ticker, Messages messages, TimeText time) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.time = Objects.requireNonNull(time, "time");
        this.due = new DueText(time.zone(), messages);
        this.countdown = new Countdown(messages);
    }

    /** What the card's buttons do with its clock. */
    /** What each action does; {@code null} for an action the user's role may not take (it is not offered). */
    record Actions(Consumer<DeadlineClock> meet, Consumer<DeadlineClock> waive, Consumer<DeadlineClock> correct) {
    }

    /**
     * @param stored the clock's stored outcome, or null: a correction is shown with who made it, when and why
     */
    HBox create(DeadlineClock clock, ClockOutcome stored, ObservableBooleanValue working, Actions on) {
        String id = clock.rule().id();
        ObjectBinding<ClockState> state = Bindings.createObjectBinding(() -> ClockState.of(clock, ticker.now()),
                ticker.nowProperty());

        Label rule = new Label(id);
        rule.getStyleClass().add("rule-id");
        Tooltip citation = CitationTooltip.of(clock.rule(), messages);
        rule.setTooltip(citation);
        FontIcon info = new FontIcon("mdi2i-information-outline");
        info.getStyleClass().add("citation-icon");
        Tooltip.install(info, citation);
        Label stateBadge = ClockBadge.state(state.get(), messages);
        stateBadge.setId("deadline-status-" + id);
        HBox heading = new HBox(8, rule, ClockBadge.kind(clock.rule().kind(), messages), stateBadge, info);
        heading.setAlignment(Pos.CENTER_LEFT);

        Label recipient = new Label(messages.format("deadlines.tab.recipient", clock.rule().recipient()));
        recipient.setWrapText(true);
        Label basis = new Label(messages.format("deadlines.tab.basis", messages.render(clock.basis())));
        basis.getStyleClass().addAll("text-muted", "text-small");
        basis.setWrapText(true);
        Label checked = new Label(RuleVersionText.of(clock.rule(), messages));
        checked.setId("deadline-rule-" + id);
        checked.getStyleClass().addAll("text-muted", "text-small");
        checked.setWrapText(true);
        if (clock.rule().verification() == org.trustcase.model.deadlines.Verification.UNVERIFIED) {
            checked.getStyleClass().add("text-warning");
        }
        VBox about = new VBox(4, heading, recipient, basis, checked);
        String outcome = outcome(clock);
        if (outcome != null) {
            Label outcomeLabel = new Label(outcome);
            outcomeLabel.setId("deadline-outcome-" + id);
            outcomeLabel.getStyleClass().add("clock-outcome");
            outcomeLabel.setWrapText(true);
            about.getChildren().add(outcomeLabel);
        }
        if (stored != null && stored.correctionReason() != null) {
            Label corrected = new Label(messages.format("deadlines.tab.corrected", time.display(stored.recordedAt()),
                    stored.recordedBy(), stored.correctionReason()));
            corrected.setId("deadline-corrected-" + id);
            corrected.getStyleClass().addAll("text-muted", "text-small");
            corrected.setWrapText(true);
            about.getChildren().add(corrected);
        }
        about.setMinWidth(0);
        HBox.setHgrow(about, Priority.ALWAYS);

        Label left = new Label();
        left.setId("deadline-countdown-" + id);
        left.getStyleClass().add("countdown");
        left.textProperty().bind(Bindings.createStringBinding(() -> left(clock, ticker.now()), ticker.nowProperty()));
        Label dueText = new Label(due.both(clock));
        dueText.setId("deadline-due-" + id);
        dueText.getStyleClass().addAll("text-muted", "text-small");
        dueText.setWrapText(true);
        dueText.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);

        HBox actions = new HBox(6);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.getStyleClass().add("clock-actions");
        if (on.meet() != null && (clock.status() == ClockStatus.RUNNING || clock.status() == ClockStatus.OVERDUE)) {
            actions.getChildren().add(action("deadline-meet-" + id, "deadlines.tab.meet", "mdi2c-check",
                    working, () -> on.meet().accept(clock)));
        }
        if (on.waive() != null && (clock.status() == ClockStatus.RUNNING || clock.status() == ClockStatus.OVERDUE
                || clock.status() == ClockStatus.WAITING)) {
            actions.getChildren().add(action("deadline-waive-" + id, "deadlines.tab.waive", "mdi2s-scale-balance",
                    working, () -> on.waive().accept(clock)));
        }
        if (on.correct() != null && (clock.status() == ClockStatus.MET || clock.status() == ClockStatus.WAIVED)) {
            actions.getChildren().add(action("deadline-correct-" + id, "deadlines.tab.correct", "mdi2p-pencil-outline",
                    working, () -> on.correct().accept(clock)));
        }
        VBox when = new VBox(4, left);
        if (clock.dueAt() != null) {
            when.getChildren().add(dueText);
        }
        when.setAlignment(Pos.TOP_RIGHT);
        when.setMinWidth(Region.USE_PREF_SIZE);
        if (!actions.getChildren().isEmpty()) {
            actions.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
            when.getChildren().add(actions);
        }

        HBox card = new HBox(20, about, when);
        card.setId("deadline-row-" + id);
        card.setAlignment(Pos.TOP_LEFT);
        card.getStyleClass().addAll("clock-card", state.get().styleClass());
        state.addListener((observable, before, after) -> {
            card.getStyleClass().removeIf(ClockState::isStyleClass);
            card.getStyleClass().add(after.styleClass());
            ClockBadge.update(stateBadge, after, messages);
        });
        // the card keeps its state binding alive: the ticker holds bindings only weakly
        card.getProperties().put(ObjectBinding.class, state);
        return card;
    }

    private Button action(String id, String key, String icon, ObservableBooleanValue working, Runnable onAction) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.getStyleClass().add("small");
        button.setTooltip(new Tooltip(messages.get(key + ".tooltip")));
        button.disableProperty().bind(working);
        button.setOnAction(event -> onAction.run());
        return button;
    }

    private String left(DeadlineClock clock, Instant now) {
        return switch (clock.status()) {
            case RUNNING, OVERDUE -> countdown.until(clock.dueAt(), now);
            case MET -> clock.metLate()
                    ? messages.format("deadline.met.late",
                            countdown.span(Duration.between(clock.dueAt(), clock.met().at()).getSeconds()))
                    : messages.get("deadline.met.onTime");
            default -> messages.get("deadline.none");
        };
    }

    private String outcome(DeadlineClock clock) {
        return switch (clock.status()) {
            case MET -> clock.metLate()
                    ? messages.format("deadlines.tab.metLate", time.display(clock.met().at()), clock.met().delayReason())
                    : messages.format("deadlines.tab.metAt", time.display(clock.met().at()));
            case WAIVED -> messages.format("deadlines.tab.waived", messages.texts().renderOrNull(clock.reason()));
            default -> messages.texts().renderOrNull(clock.reason());
        };
    }
}
