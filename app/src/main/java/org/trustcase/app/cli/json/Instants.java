package org.trustcase.app.cli.json;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.trustcase.model.common.PlausibleTime;
import org.trustcase.model.common.ValidationException;

/** Parses instants typed by people and scripts: {@code 2026-03-30T10:00:00Z} or with an offset, {@code 2026-03-30T12:00+02:00}. */
public final class Instants {
    private Instants() {
    }

    /** The instant, refused when it is not ISO-8601 or outside the plausible range ({@link PlausibleTime}). */
    public static Instant parse(String text, String field) {
        Instant instant = parseAny(text, field);
        PlausibleTime.require(field, instant, null);
        return instant;
    }

    private static Instant parseAny(String text, String field) {
        String trimmed = text == null ? "" : text.strip();
        try {
            return Instant.parse(trimmed);
        } catch (DateTimeParseException notUtc) {
            try {
                return OffsetDateTime.parse(trimmed).toInstant();
            } catch (DateTimeParseException e) {
                throw new ValidationException(field, "cli.not-an-instant", String.valueOf(text));
            }
        }
    }
}
