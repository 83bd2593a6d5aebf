package org.trustcase.app.ui.deadlines;

import java.time.Instant;
import javafx.scene.control.Label;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.Ticker;
import org.trustcase.model.deadlines.DeadlineClock;

/** A clock's state as a coloured badge, following the window's clock (running turns overdue when due). */
public final class ClockStateCell<S> extends TickingCell<S> {
    private final Messages messages;
    private final Label badge = new Label();

    public ClockStateCell(Ticker ticker, Messages messages) {
        super(ticker);
        this.messages = messages;
    }

    @Override
    protected void draw(DeadlineClock clock, Instant now) {
        setText(null);
        if (clock == null) {
            setGraphic(null);
            return;
        }
        ClockBadge.update(badge, ClockState.of(clock, now), messages);
        setGraphic(badge);
    }
}
