package org.trustcase.app.ui.cases;

import java.time.Instant;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import java.util.Optional;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.trustcase.model.common.Problem;
import org.trustcase.app.ui.deadlines.ClockState;
import org.trustcase.app.ui.deadlines.Countdown;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.Ticker;
import org.trustcase.model.caselist.CaseRow;

/**
 * The next deadline of a case in the cases table, ticking: {@code GDPR-SA · in 2 d 5 h} in the colour of its
 * state; for an open case whose jurisdictions give it no clock, what is missing ("no clock: add a jurisdiction");
 * "—" when no clock runs. The ticker holds the cell only weakly.
 */
final class NextDeadlineCell extends TableCell<CaseRow, CaseRow> {
    /** The style of a cell saying that an open case has no clock. */
    static final String NO_CLOCK = "no-clock";
    /** The style of a cell whose next clock is a target, not a legal deadline. */
    static final String TARGET = "target-clock";
    private final Ticker ticker;
    private final Messages messages;
    private final Countdown countdown;
    private final InvalidationListener onTick = observable -> tick();

    NextDeadlineCell(Ticker ticker, Messages messages) {
        this.ticker = ticker;
        this.messages = messages;
        this.countdown = new Countdown(messages);
        getStyleClass().add("countdown-cell");
        ticker.nowProperty().addListener(new WeakInvalidationListener(onTick));
    }

    @Override
    protected void updateItem(CaseRow item, boolean empty) {
        super.updateItem(item, empty);
        show();
    }

    /** What does not change while the row stays: the text of a case without a countdown, the style, the tooltip. */
    private void show() {
        getStyleClass().removeIf(ClockState::isStyleClass);
        getStyleClass().removeAll(NO_CLOCK, TARGET);
        setTooltip(null);
        CaseRow row = isEmpty() ? null : getItem();
        if (row == null) {
            setText(null);
            return;
        }
        Optional<Problem> gap = row.coverage() == null ? Optional.empty() : row.coverage().notice();
        if (row.nextDueAt() == null) {
            if (gap.isPresent() && row.coverage().noClock()) {
                // short enough for the column; the tooltip gives the whole notice and what to do
                setText(row.coverage().uncovered().isEmpty() ? messages.get("cases.noClock.no-jurisdiction")
                        : messages.format("cases.noClock.none-covered", String.join(", ", row.coverage().uncovered())));
                getStyleClass().add(NO_CLOCK);
                setTooltip(new Tooltip(messages.format("cases.noClock.tooltip", messages.render(gap.get()))));
            } else {
                setText(messages.get("deadline.none"));
            }
            return;
        }
        if (row.nextIsTarget()) {
            // a target is good practice, not the law: quieter, and said so
            getStyleClass().add(TARGET);
            setTooltip(new Tooltip(messages.get("deadline.next.target.tooltip")));
        } else {
            gap.ifPresent(notice -> setTooltip(new Tooltip(messages.render(notice))));
        }
        tick();
    }

    /** Each second: the countdown, and a legal clock's colour as it nears its end. */
    private void tick() {
        CaseRow row = isEmpty() ? null : getItem();
        if (row == null || row.nextDueAt() == null) {
            return;
        }
        Instant now = ticker.nowProperty().get();
        if (row.nextIsTarget()) {
            setText(messages.format("deadline.next.target", row.nextRuleId(), countdown.until(row.nextDueAt(), now)));
            return;
        }
        setText(messages.format("deadline.next", row.nextRuleId(), countdown.until(row.nextDueAt(), now)));
        getStyleClass().removeIf(ClockState::isStyleClass);
        getStyleClass().add(ClockState.ofRunning(row.nextDueAt(), now).styleClass());
    }
}
