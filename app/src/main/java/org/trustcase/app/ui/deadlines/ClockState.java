package org.trustcase.app.ui.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.trustcase.model.common.Coded;
import org.trustcase.model.deadlines.DeadlineClock;

/**
 * How a clock is shown at an instant: its status as computed, followed live between two readings (a running
 * clock whose due time passes is shown overdue at once), with "due soon" for the last 24 hours and "met late"
 * apart from "met". Each state has a colour in the stylesheet ({@code .clock-overdue}…).
 */
public enum ClockState implements Coded {
    OVERDUE,
    DUE_SOON,
    RUNNING,
    MET_LATE,
    MET,
    WAIVED,
    WAITING,
    NOT_APPLICABLE;

    /** Within this time before its due instant, a running clock is due soon. */
    public static final Duration SOON = Duration.ofHours(24);

    public static ClockState of(DeadlineClock clock, Instant now) {
        return switch (clock.status()) {
            case RUNNING, OVERDUE -> ofRunning(clock.dueAt(), now);
            case MET -> clock.metLate() ? MET_LATE : MET;
            case WAIVED -> WAIVED;
            case WAITING -> WAITING;
            case NOT_APPLICABLE -> NOT_APPLICABLE;
        };
    }

    /** The state of a clock that runs (not yet met) with {@code dueAt}, at {@code now}. */
    public static ClockState ofRunning(Instant dueAt, Instant now) {
        if (dueAt.isBefore(now)) {
            return OVERDUE;
        }
        return Duration.between(now, dueAt).compareTo(SOON) <= 0 ? DUE_SOON : RUNNING;
    }

    /**
     * The clocks in the order a case shows them: overdue, due soon and running ones first (the soonest due on
     * top), then the settled ones, then those waiting for an event, and those that do not apply last.
     */
    public static List<DeadlineClock> byUrgency(List<DeadlineClock> clocks, Instant now) {
        return clocks.stream()
                .sorted(Comparator.<DeadlineClock>comparingInt(clock -> of(clock, now).ordinal())
                        .thenComparing(DeadlineClock::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** True while the clock still asks for something to be done (running, due soon or overdue). */
    public boolean isOpen() {
        return this == OVERDUE || this == DUE_SOON || this == RUNNING;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** The style class of the state: {@code clock-overdue}, {@code clock-due-soon}… */
    public String styleClass() {
        return "clock-" + code();
    }

    /** True for the style class of any state, to remove the previous one before adding the next. */
    public static boolean isStyleClass(String style) {
        for (ClockState state : values()) {
            if (state.styleClass().equals(style)) {
                return true;
            }
        }
        return false;
    }
}
