package org.trustcase.persistence.sqlite;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The storage form of an instant: {@code 2026-03-30T10:00:00.000Z}, UTC, always with milliseconds,
 * so that every value has the same width and text order is time order. Anything finer than a
 * millisecond is dropped.
 */
public final class UtcInstants {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999Z");

    private UtcInstants() {
    }

    public static String format(Instant instant) {
        if (instant == null) {
            return null;
        }
        if (instant.isBefore(FIRST) || instant.isAfter(LAST)) {
            // a fifth year digit or a sign would break the fixed width that sorting relies on
            throw new IllegalArgumentException("instant out of the storable range (years 0000-9999): " + instant);
        }
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.from(FORMAT.parse(text));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("stored instant '" + text + "' is not in the form 2026-03-30T10:00:00.000Z", e);
        }
    }
}
