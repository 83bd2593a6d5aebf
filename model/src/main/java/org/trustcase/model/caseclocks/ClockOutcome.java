package org.trustcase.model.caseclocks;

import java.time.Instant;
import java.util.Objects;
import org.trustcase.model.common.Coded;

/**
 * What became of one clock of a case: met (the notification or report was made at {@code at}; if
 * late, {@code reason} says why) or waived (no notification is required; {@code reason} gives the
 * legal ground). A wrong outcome is never changed: a correction is a later outcome of the clock with
 * the reason for the correction, which may also withdraw the outcome (the clock runs again); the
 * earlier outcome is kept.
 *
 * @param correctionReason why this outcome replaces the clock's earlier one; null for a first outcome
 */
public record ClockOutcome(String ruleId, Kind kind, Instant at, String reason, String recordedBy, Instant recordedAt,
        String correctionReason) {

    public enum Kind implements Coded {
        MET, WAIVED,
        /** A correction that takes the earlier outcome back: the clock has none. */
        WITHDRAWN;

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
        correctionReason = correctionReason == null || correctionReason.isBlank() ? null : correctionReason.strip();
        if (kind == Kind.WITHDRAWN && correctionReason == null) {
            throw new IllegalArgumentException("withdrawing an outcome is a correction: it needs a reason");
        }
    }

    /** A clock's first outcome. */
    public ClockOutcome(String ruleId, Kind kind, Instant at, String reason, String recordedBy, Instant recordedAt) {
        this(ruleId, kind, at, reason, recordedBy, recordedAt, null);
    }

    /** True unless the outcome withdraws the earlier one. */
    public boolean stands() {
        return kind != Kind.WITHDRAWN;
    }
}
