package org.trustcase.model.deadlines;

import java.time.LocalTime;
import java.util.Objects;
import org.trustcase.model.common.Problem;

/**
 * One time limit: {@code amount} {@code unit}s after {@code event} (or after the end of the event's
 * calendar year, when {@code from} is {@link CountFrom#END_OF_YEAR}). A rule with several limits is due
 * at the earliest of those whose events are recorded (DORA: 4 h from classification, 24 h from awareness).
 *
 * @param yieldsTo   an event that, recorded after this limit's due time, sets this limit aside (DORA: a major
 *                   classification more than 24 hours after awareness leaves the 4 hours from it); null: none
 * @param endsAt     the local time a day-counted limit ends at instead of 23:59:59 (EDGAR's 17:30 filing cut-off);
 *                   null: the end of the day
 * @param nonWorkingDayMovesTo the local time of the next working day a limit that ends on a weekend or public
 *                   holiday moves to (DORA's relief: 12:00); null: it does not move
 */
public record TimeLimit(DeadlineEvent event, int amount, DurationUnit unit, CountFrom from, DeadlineEvent yieldsTo,
        LocalTime endsAt, LocalTime nonWorkingDayMovesTo) {
    public TimeLimit {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(from, "from");
        if (amount < 0 || amount == 0 && unit == DurationUnit.HOURS) {
            throw new IllegalArgumentException("a time limit needs a positive amount (0 only for days: the same day): "
                    + amount);
        }
        if (endsAt != null && unit == DurationUnit.HOURS) {
            throw new IllegalArgumentException("hours end when they end, not at a time of day");
        }
        if (unit == DurationUnit.HOURS && from == CountFrom.END_OF_YEAR) {
            throw new IllegalArgumentException("hours are counted from the event itself, not from the end of its year");
        }
    }

    public TimeLimit(DeadlineEvent event, int amount, DurationUnit unit, CountFrom from) {
        this(event, amount, unit, from, null, null, null);
    }

    public static TimeLimit after(DeadlineEvent event, int amount, DurationUnit unit) {
        return new TimeLimit(event, amount, unit, CountFrom.EVENT);
    }

    /**
     * The limit as a coded line: in English "72 hours after aware", "1 calendar day after aware", "60 calendar
     * days after the end of the calendar year of detected".
     */
    public Problem basis() {
        ClockReason kind = from == CountFrom.END_OF_YEAR ? ClockReason.LIMIT_END_OF_YEAR : ClockReason.LIMIT;
        Problem basis = kind.with(amount, ClockReason.unit(unit, amount), Problem.term("event", event.code()));
        if (endsAt != null) {
            basis = ClockReason.LIMIT_ENDS_AT.with(basis, endsAt.toString());
        }
        if (nonWorkingDayMovesTo != null) {
            basis = ClockReason.LIMIT_MOVES.with(basis, nonWorkingDayMovesTo.toString());
        }
        if (yieldsTo != null) {
            basis = ClockReason.LIMIT_YIELDS.with(basis, Problem.term("event", yieldsTo.code()));
        }
        return basis;
    }
}
