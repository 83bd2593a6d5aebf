package org.trustcase.model.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.trustcase.model.common.Problem;

/**
 * One entry of the audit trail: who did what, when (UTC), to which case, with every field's value
 * before and after, the reason a person gave, if any, and what the application itself noted, if anything.
 *
 * @param sequence the position in the trail, assigned when stored ({@code 0} before)
 * @param caseReference the reference of the case concerned (e.g. {@code TC-2026-0042}), or {@code null} for workspace-wide events
 * @param reason the reason a person gave, as typed, or {@code null}
 * @param note what the application noted, coded ({@link AuditNote}), or {@code null}
 */
public record AuditEvent(
        long sequence,
        Instant occurredAt,
        String actor,
        String caseReference,
        AuditAction action,
        List<FieldChange> changes,
        String reason,
        Problem note) {

    public AuditEvent(long sequence, Instant occurredAt, String actor, String caseReference, AuditAction action,
            List<FieldChange> changes, String reason) {
        this(sequence, occurredAt, actor, caseReference, action, changes, reason, null);
    }

    public AuditEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public AuditEvent withSequence(long assigned) {
        return new AuditEvent(assigned, occurredAt, actor, caseReference, action, changes, reason, note);
    }
}
