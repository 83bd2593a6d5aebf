package org.trustcase.app.ui.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.deadlines.ClockStatus;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.deadlines.DeadlineKind;

/**
 * Which deadline alerts are due: for every running or overdue LEGAL clock (targets are never announced), the
 * most urgent threshold it has reached — 24 h, 6 h, 1 h before its due instant, or passed — unless that
 * threshold was already announced for the same clock and due instant during this run. Reaching a threshold
 * also settles the earlier ones: a clock first seen 30 minutes before it is due gives one alert, not three.
 * A due instant that moves (an event recorded again) starts afresh.
 */
public final class DeadlineAlerts {
    private final Set<Key> announced = new HashSet<>();

    /** The alerts to give now, each at most once per clock, due instant and threshold. */
    public List<DeadlineAlert> due(Collection<DeadlineEntry> entries, Instant now) {
        List<DeadlineAlert> alerts = new ArrayList<>();
        for (DeadlineEntry entry : entries) {
            DeadlineClock clock = entry.clock();
            if (!announceable(clock)) {
                continue;
            }
            AlertThreshold reached = reached(clock.dueAt(), now);
            if (reached == null) {
                continue;
            }
            boolean fresh = false;
            for (AlertThreshold threshold : AlertThreshold.values()) {
                if (threshold.ordinal() <= reached.ordinal()) {
                    fresh |= announced.add(new Key(entry.reference(), entry.ruleId(), clock.dueAt(), threshold))
                            && threshold == reached;
                }
            }
            if (fresh) {
                alerts.add(new DeadlineAlert(entry, reached));
            }
        }
        return alerts;
    }

    private static boolean announceable(DeadlineClock clock) {
        return clock.rule().kind() == DeadlineKind.LEGAL && clock.dueAt() != null
                && (clock.status() == ClockStatus.RUNNING || clock.status() == ClockStatus.OVERDUE);
    }

    /** The most urgent threshold reached at {@code now}, or null when the deadline is more than 24 h away. */
    static AlertThreshold reached(Instant dueAt, Instant now) {
        Duration left = Duration.between(now, dueAt);
        if (left.isNegative()) {
            return AlertThreshold.PASSED;
        }
        AlertThreshold reached = null;
        for (AlertThreshold threshold : AlertThreshold.values()) {
            if (threshold != AlertThreshold.PASSED && left.compareTo(threshold.before()) <= 0) {
                reached = threshold;
            }
        }
        return reached;
    }

    private record Key(CaseReference reference, String ruleId, Instant dueAt, AlertThreshold threshold) {
    }
}
