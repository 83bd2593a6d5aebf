package org.trustcase.app.ui.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.trustcase.app.ui.support.Ticker;

/**
 * When the window's deadline views read again: after every change (a case opened, an event recorded, a clock
 * met) and once a minute of the application clock. What they read are queries on the deadline index, which
 * the use cases keep in step with every change; time passing only turns running clocks overdue, which the
 * views see from the due instants themselves.
 */
public final class OpenDeadlines {
    /** How often the deadline views read again while nothing changes. */
    public static final Duration REFRESH_EVERY = Duration.ofMinutes(1);

    private final Ticker ticker;
    private final ReadOnlyLongWrapper readings = new ReadOnlyLongWrapper(this, "readings", 0);
    private Instant lastRead;

    public OpenDeadlines(Ticker ticker) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        ticker.nowProperty().addListener((observable, before, now) -> refreshIfStale(now));
    }

    /** Counts the readings asked for; the deadline views listen to it. JavaFX thread. */
    public ReadOnlyLongProperty readingsProperty() {
        return readings.getReadOnlyProperty();
    }

    /** Asks every deadline view to read again. JavaFX thread. */
    public void refresh() {
        lastRead = ticker.now();
        readings.set(readings.get() + 1);
    }

    private void refreshIfStale(Instant now) {
        if (lastRead != null && Duration.between(lastRead, now).compareTo(REFRESH_EVERY) >= 0) {
            refresh();
        }
    }
}
