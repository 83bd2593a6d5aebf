package org.trustcase.app.ui.cases;

import java.time.Instant;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.TableCell;
import org.trustcase.app.ui.deadlines.ClockState;
import org.trustcase.app.ui.deadlines.Countdown;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.Ticker;
import org.trustcase.model.caselist.CaseRow;

/**
 * The next deadline of a case in the cases table, ticking: {@code GDPR-SA · in 2 d 5 h} in the colour of its
 * state, "—" when no clock runs. The ticker holds the cell only weakly.
 */
final class NextDeadlineCell extends TableCell<CaseRow, CaseRow> {
    private final Ticker ticker;
    private final Messages messages;
    private final Countdown countdown;
    private final InvalidationListener onTick = observable -> redraw();

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
        redraw();
    }

    private void redraw() {
        getStyleClass().removeIf(ClockState::isStyleClass);
        CaseRow row = isEmpty() ? null : getItem();
        if (row == null) {
            setText(null);
            return;
        }
        if (row.nextDueAt() == null) {
            setText(messages.get("deadline.none"));
            return;
        }
        Instant now = ticker.nowProperty().get();
        setText(messages.format("deadline.next", row.nextRuleId(), countdown.until(row.nextDueAt(), now)));
        getStyleClass().add(ClockState.ofRunning(row.nextDueAt(), now).styleClass());
    }
}
