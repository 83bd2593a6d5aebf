package org.trustcase.model.common;

import java.time.Duration;
import java.time.Instant;

/**
 * The instants a record of breaches can hold: none before {@link #EARLIEST} (a typing error, not
 * a breach), and where the past is required none more than {@link #CLOCK_SKEW} after now (a clock a
 * little ahead is tolerated, a year typed wrongly is not).
 */
public final class PlausibleTime {
    /** 1990-01-01T00:00:00Z. */
    public static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    /** The latest instant that can be stored at all: the end of the year 9999. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    public static final Duration CLOCK_SKEW = Duration.ofDays(1);

    private PlausibleTime() {
    }

    /** The problem with {@code value} for {@code field}, or null; {@code now} null when the future is allowed. */
    public static FieldError check(String field, Instant value, Instant now) {
        if (value == null) {
            return null;
        }
        if (value.isBefore(EARLIEST)) {
            return new FieldError(field, "validation.too-early", value, EARLIEST);
        }
        if (value.isAfter(LATEST)) {
            return new FieldError(field, "validation.too-late", value, LATEST);
        }
        if (now != null && value.isAfter(now.plus(CLOCK_SKEW))) {
            return new FieldError(field, "validation.in-future", value);
        }
        return null;
    }

    /** Throws a {@link ValidationException} when {@code value} is not plausible (see {@link #check}). */
    public static void require(String field, Instant value, Instant now) {
        FieldError error = check(field, value, now);
        if (error != null) {
            throw new ValidationException(java.util.List.of(error));
        }
    }
}
