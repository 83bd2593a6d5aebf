package org.trustcase.model.caseclocks;

import java.time.Instant;
import java.util.Objects;
import org.trustcase.model.common.Coded;

/**
 * What became of one clock of a case: met (the notification or report was made at {@code at}; if
 * late, {@code reason} says why) or waived (no notification is required; {@code reason} gives the
 * legal ground).
 */
public record ClockOutcome(String ruleId, Kind kind, Instant at, String reason, String recordedBy, Instant recordedAt) {

    public enum Kind implements Coded {
        MET, WAIVED;

        @Override
        public String code() {
            return Coded.codeOf(this);
        }
    }

    public ClockOutcome {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
