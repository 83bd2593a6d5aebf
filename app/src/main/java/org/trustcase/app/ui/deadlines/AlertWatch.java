package org.trustcase.app.ui.deadlines;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.trustcase.app.ui.support.Ticker;

/**
 * Gives the deadline alerts while the window is open: at every tick of the window's clock and after every
 * reading of the open cases' clocks, asks {@link DeadlineAlerts} what is due and hands each alert to the notifier.
 */
public final class AlertWatch {
    private final OpenDeadlines deadlines;
    private final Ticker ticker;
    private final DeadlineAlerts alerts = new DeadlineAlerts();
    private final DeadlineNotifier notifier;

    public AlertWatch(OpenDeadlines deadlines, Ticker ticker, DeadlineNotifier notifier) {
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        ticker.nowProperty().addListener((observable, before, now) -> check(now));
        deadlines.casesProperty().addListener((observable, before, now) -> check(ticker.now()));
    }

    private void check(Instant now) {
        List<DeadlineAlert> due = alerts.due(DeadlineOrder.open(deadlines.cases()).toList(), now);
        due.forEach(notifier::show);
    }
}
