package org.trustcase.app.ui.deadlines;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.caseclocks.AlertCrossings;
import org.trustcase.model.caseclocks.AlertWindow;
import org.trustcase.model.caseclocks.ClockListing;
import org.trustcase.model.caseclocks.DeadlineBoard;
import org.trustcase.model.caseclocks.DeadlineRow;

/**
 * Gives the deadline alerts while the window is open: at each reading of the deadline views, asks the database
 * which legal clocks entered an alert window (24 h, 6 h, 1 h before their due instant, or passed) since the
 * previous reading — at the first reading, which are in one. A few are announced one by one; more are
 * announced together, as counts per window, never as one pop-up each.
 */
public final class AlertWatch {
    /** More alerts than this at once are given as one summary. */
    public static final int SHOWN_ONE_BY_ONE = 3;

    private final DeadlineBoard board;
    private final TaskExecutor tasks;
    private final DeadlineNotifier notifier;
    private Instant lastLook;
    private boolean looking;
    private boolean again;
    private Instant pendingNow;

    public AlertWatch(OpenDeadlines deadlines, DeadlineBoard board, TaskExecutor tasks, DeadlineNotifier notifier,
            java.util.function.Supplier<Instant> now) {
        this.board = Objects.requireNonNull(board, "board");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        deadlines.readingsProperty().addListener((observable, before, after) -> look(now.get()));
    }

    private void look(Instant now) {
        if (looking) {
            again = true;
            pendingNow = now;
            return;
        }
        looking = true;
        Instant since = lastLook;
        tasks.create(() -> alertsBetween(since, now))
                .onSuccess(found -> {
                    lastLook = now;
                    found.alerts().forEach(notifier::show);
                    if (!found.summary().isEmpty()) {
                        notifier.showSummary(found.summary());
                    }
                })
                .andFinally(() -> {
                    looking = false;
                    if (again) {
                        again = false;
                        look(pendingNow);
                    }
                })
                .start();
    }

    /** Runs in the background: the crossings, and the clocks in full when they are few. */
    private Found alertsBetween(Instant since, Instant now) {
        List<AlertCrossings> crossings = board.entered(since, now, SHOWN_ONE_BY_ONE);
        long total = crossings.stream().mapToLong(AlertCrossings::count).sum();
        if (total == 0) {
            return new Found(List.of(), Map.of());
        }
        if (total > SHOWN_ONE_BY_ONE) {
            Map<AlertThreshold, Long> counts = new EnumMap<>(AlertThreshold.class);
            for (AlertCrossings c : crossings) {
                if (c.count() > 0) {
                    counts.put(threshold(c.window()), c.count());
                }
            }
            return new Found(List.of(), counts);
        }
        List<DeadlineAlert> alerts = new ArrayList<>();
        for (AlertCrossings c : crossings) {
            List<ClockListing> listed = c.first();
            for (DeadlineRow row : board.rowsOf(listed)) {
                alerts.add(new DeadlineAlert(new DeadlineEntry(row.listing().reference(), row.listing().title(),
                        row.clock()), threshold(c.window())));
            }
        }
        return new Found(alerts, Map.of());
    }

    static AlertThreshold threshold(AlertWindow window) {
        return switch (window) {
            case PASSED -> AlertThreshold.PASSED;
            case WITHIN_1H -> AlertThreshold.HOUR;
            case WITHIN_6H -> AlertThreshold.SIX_HOURS;
            case WITHIN_24H -> AlertThreshold.DAY;
        };
    }

    private record Found(List<DeadlineAlert> alerts, Map<AlertThreshold, Long> summary) {
    }
}
