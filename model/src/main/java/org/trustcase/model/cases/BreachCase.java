package org.trustcase.model.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * A suspected personal-data breach as stored: its identity, what the DPO recorded
 * ({@link CaseDetails}), where it stands in the workflow, and the version used for optimistic
 * locking (incremented by every stored change).
 *
 * @param statusReason the reason given for entering the current status (a not-a-breach
 *     rationale, a reopening reason), or {@code null}
 */
public record BreachCase(
        long id,
        CaseReference reference,
        CaseDetails details,
        CaseStatus status,
        String statusReason,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public BreachCase {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public BreachCase withDetails(CaseDetails newDetails, Instant at) {
        return new BreachCase(id, reference, newDetails, status, statusReason, version, createdAt, at);
    }

    public BreachCase withStatus(CaseStatus newStatus, String reason, Instant at) {
        return new BreachCase(id, reference, details, newStatus, reason, version, createdAt, at);
    }
}
