package org.trustcase.app.ui.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.trustcase.app.ui.support.Messages;

/**
 * The time left until a due instant, in words: {@code in 2 d 5 h}, {@code in 3 h 20 min}, {@code in 12 min 5 s},
 * {@code overdue by 3 h}. Two units at most, the larger first; a zero second unit is left out. Within the last
 * hour the seconds show, so that a running clock visibly ticks.
 */
public final class Countdown {
    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private final Messages messages;

    public Countdown(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** How long until {@code due} (or since, when it has passed) at {@code now}. */
    public String until(Instant due, Instant now) {
        long seconds = Duration.between(now, due).getSeconds();
        if (seconds == 0) {
            return messages.get("deadline.countdown.now");
        }
        String span = span(Math.abs(seconds));
        return messages.format(seconds > 0 ? "deadline.countdown.in" : "deadline.countdown.overdue", span);
    }

    /** A length of time in the two largest units: {@code 2 d 5 h}, {@code 3 h}, {@code 12 min 5 s}, {@code 40 s}. */
    public String span(long seconds) {
        if (seconds >= DAY) {
            return messages.format("deadline.span.days", seconds / DAY, seconds % DAY / HOUR);
        }
        if (seconds >= HOUR) {
            return messages.format("deadline.span.hours", seconds / HOUR, seconds % HOUR / MINUTE);
        }
        if (seconds >= MINUTE) {
            return messages.format("deadline.span.minutes", seconds / MINUTE, seconds % MINUTE);
        }
        return messages.format("deadline.span.seconds", seconds);
    }
}
