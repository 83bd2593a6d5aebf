package org.trustcase.model.deadlines;

import java.util.Objects;

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

    /** For people: "72 hours after aware", "60 calendar days after the end of the year of detected". */
    public String describe() {
        String units = amount + " " + unit.code().replace('-', ' ');
        if (amount == 1) {
            units = units.substring(0, units.length() - 1);
        }
        String start = from == CountFrom.END_OF_YEAR ? "the end of the calendar year of " + event.code() : event.code();
        return units + " after " + start;
    }
}
