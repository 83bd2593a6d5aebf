package org.trustcase.app.ui.support;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Instants as the user reads and types them: in the user's zone, {@code 2026-03-30 12:00}, shown
 * with the zone's abbreviation ({@code 2026-03-30 12:00 CEST}). Typing also accepts
 * {@code 2026-03-30T12:00} and ISO instants with an offset ({@code 2026-03-30T10:00:00Z}).
 */
public final class TimeText {
    public static final String INPUT_PATTERN = "yyyy-MM-dd HH:mm";

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
    private static final List<DateTimeFormatter> LOCAL_FORMS = List.of(INPUT,
            DateTimeFormatter.ISO_LOCAL_DATE_TIME.withResolverStyle(ResolverStyle.STRICT));

    private final ZoneId zone;

    public TimeText(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public ZoneId zone() {
        return zone;
    }

    /** The zone as shown beside a date-time field, e.g. "Europe/Warsaw". */
    public String zoneLabel() {
        // Etc/UTC, Etc/GMT and the offset zero are technical names of one thing a user calls UTC
        return zone.normalized().equals(java.time.ZoneOffset.UTC) || zone.getId().startsWith("Etc/")
                ? zone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).replace("Z", "UTC") : zone.getId();
    }

    /** For reading: {@code 2026-03-30 12:00 CEST}; empty for {@code null}. */
    public String display(Instant instant) {
        return instant == null ? "" : DISPLAY.format(instant.atZone(zone));
    }

    /** Just the day, in the user's zone: {@code 2026-03-30}. */
    public String displayDate(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    /** For editing: {@code 2026-03-30 12:00}; empty for {@code null}. */
    public String input(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(zone));
    }

    /**
     * Reads what the user typed; empty for blank text.
     *
     * @throws DateTimeParseException if the text is no date and time in an accepted form
     */
    public Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        for (DateTimeFormatter form : LOCAL_FORMS) {
            try {
                return Optional.of(LocalDateTime.parse(value, form).atZone(zone).toInstant());
            } catch (DateTimeParseException ignored) {
                // try the next accepted form
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException ignored) {
            // last form below
        }
        return Optional.of(Instant.parse(value));
    }
}
