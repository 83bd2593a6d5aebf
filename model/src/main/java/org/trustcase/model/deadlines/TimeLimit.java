package org.trustcase.model.deadlines;

import java.util.Objects;
import org.trustcase.model.common.Problem;

/**
 * One time limit: {@code amount} {@code unit}s after {@code event} (or after the end of the event's
 * calendar year, when {@code from} is {@link CountFrom#END_OF_YEAR}). A rule with several limits is due
 * at the earliest of those whose events are recorded (DORA: 4 h from classification, 24 h from awareness).
 */
public record TimeLimit(DeadlineEvent event, int amount, DurationUnit unit, CountFrom from) {
    public TimeLimit {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(from, "from");
        if (amount <= 0) {
            throw new IllegalArgumentException("a time limit needs a positive amount: " + amount);
        }
        if (unit == DurationUnit.HOURS && from == CountFrom.END_OF_YEAR) {
            throw new IllegalArgumentException("hours are counted from the event itself, not from the end of its year");
        }
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
        return kind.with(amount, ClockReason.unit(unit, amount), Problem.term("event", event.code()));
    }
}
