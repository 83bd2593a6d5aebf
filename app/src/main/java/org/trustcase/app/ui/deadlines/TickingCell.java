package org.trustcase.app.ui.deadlines;

import java.time.Instant;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.TableCell;
import org.trustcase.app.ui.support.Ticker;
import org.trustcase.model.deadlines.DeadlineClock;

/**
 * A table cell showing a clock as time passes: drawn again at every tick of the window's {@link Ticker}, which
 * holds it only weakly (a cell never keeps a discarded table alive).
 */
abstract class TickingCell<S> extends TableCell<S, DeadlineClock> {
    private final Ticker ticker;
    private final InvalidationListener onTick = observable -> redraw();

    TickingCell(Ticker ticker) {
        this.ticker = ticker;
        ticker.nowProperty().addListener(new WeakInvalidationListener(onTick));
    }

    @Override
    protected void updateItem(DeadlineClock item, boolean empty) {
        super.updateItem(item, empty);
        redraw();
    }

    private void redraw() {
        DeadlineClock clock = isEmpty() ? null : getItem();
        getStyleClass().removeIf(ClockState::isStyleClass);
        draw(clock, ticker.nowProperty().get());
    }

    /** Shows {@code clock} (null for an empty cell or a case without one) at {@code now}. */
    protected abstract void draw(DeadlineClock clock, Instant now);
}
