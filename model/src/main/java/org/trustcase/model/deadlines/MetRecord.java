package org.trustcase.model.deadlines;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When a clock's notification or report was made, and, if that was after the due instant, why
 * (GDPR Art. 33(1): a late notification states the reasons for the delay). Instants are kept in whole seconds.
 */
public record MetRecord(Instant at, String delayReason) {
    public MetRecord {
        Objects.requireNonNull(at, "at");
        at = at.truncatedTo(ChronoUnit.SECONDS);
        delayReason = delayReason == null || delayReason.isBlank() ? null : delayReason.strip();
    }

    public static MetRecord onTime(Instant at) {
        return new MetRecord(at, null);
    }
}
