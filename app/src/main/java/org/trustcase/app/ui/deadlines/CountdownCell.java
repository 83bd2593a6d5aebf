package org.trustcase.app.ui.deadlines;

import java.time.Instant;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.Ticker;
import org.trustcase.model.deadlines.DeadlineClock;

/**
 * The time left on a clock, ticking, in the colour of its state: {@code in 2 d 5 h}, {@code overdue by 3 h}; with
 * the rule in front when {@code withRule} ({@code GDPR-SA · in 2 d 5 h}, the cases table). "—" without a clock.
 */
public final class CountdownCell<S> extends TickingCell<S> {
    private final Messages messages;
    private final Countdown countdown;
    private final boolean withRule;

    public CountdownCell(Ticker ticker, Messages messages, boolean withRule) {
        super(ticker);
        this.messages = messages;
        this.countdown = new Countdown(messages);
        this.withRule = withRule;
        getStyleClass().add("countdown-cell");
    }

    @Override
    protected void draw(DeadlineClock clock, Instant now) {
        if (isEmpty()) {
            setText(null);
            return;
        }
        if (clock == null || clock.dueAt() == null) {
            setText(clock == null && !withRule ? null : messages.get("deadline.none"));
            return;
        }
        String left = countdown.until(clock.dueAt(), now);
        setText(withRule ? messages.format("deadline.next", clock.rule().id(), left) : left);
        getStyleClass().add(ClockState.of(clock, now).styleClass());
    }
}
