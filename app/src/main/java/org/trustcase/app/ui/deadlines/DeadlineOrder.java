package org.trustcase.app.ui.deadlines;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.trustcase.model.caseclocks.CaseDeadlines;
import org.trustcase.model.deadlines.ClockStatus;
import org.trustcase.model.deadlines.DeadlineClock;

/** Which clocks the deadlines screen lists, and in which order: overdue on top, then the soonest due. */
public final class DeadlineOrder {
    private DeadlineOrder() {
    }

    /**
     * The running and overdue clocks of the open cases (and the waiting ones when {@code withWaiting}), overdue
     * first (the longest overdue on top), then by due time; waiting clocks, which have none yet, come last.
     */
    public static List<DeadlineEntry> entries(List<CaseDeadlines> cases, boolean withWaiting, Instant now) {
        return cases.stream()
                .flatMap(c -> c.clocks().stream().filter(clock -> listed(clock, withWaiting))
                        .map(clock -> new DeadlineEntry(c.breachCase().reference(), c.breachCase().details().title(),
                                clock)))
                .sorted(comparator(now))
                .toList();
    }

    /** Every clock of the open cases that still runs (running or overdue), for the alerts. */
    public static Stream<DeadlineEntry> open(List<CaseDeadlines> cases) {
        return cases.stream().flatMap(c -> c.clocks().stream().filter(clock -> listed(clock, false))
                .map(clock -> new DeadlineEntry(c.breachCase().reference(), c.breachCase().details().title(), clock)));
    }

    public static Comparator<DeadlineEntry> comparator(Instant now) {
        return Comparator.<DeadlineEntry>comparingInt(entry -> overdue(entry.clock(), now) ? 0 : 1)
                .thenComparing(entry -> entry.clock().dueAt(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(DeadlineEntry::reference)
                .thenComparing(DeadlineEntry::ruleId);
    }

    private static boolean listed(DeadlineClock clock, boolean withWaiting) {
        return clock.status() == ClockStatus.RUNNING || clock.status() == ClockStatus.OVERDUE
                || withWaiting && clock.status() == ClockStatus.WAITING;
    }

    private static boolean overdue(DeadlineClock clock, Instant now) {
        return clock.dueAt() != null && ClockState.of(clock, now) == ClockState.OVERDUE;
    }
}
