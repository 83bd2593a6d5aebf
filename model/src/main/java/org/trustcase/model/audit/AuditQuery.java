package org.trustcase.model.audit;

import java.time.Instant;

/**
 * Which audit events the workspace's audit log shows; every part is optional ({@code null}: any).
 *
 * @param actor         only events recorded as done by this login (exactly)
 * @param action        only events of this action
 * @param caseReference only events of this case (exactly, e.g. {@code TC-2026-0001})
 * @param from          only events at or after this instant
 * @param to            only events before this instant
 */
public record AuditQuery(String actor, AuditAction action, String caseReference, Instant from, Instant to) {
    /** Every event. */
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);

    public AuditQuery {
        actor = blankToNull(actor);
        caseReference = blankToNull(caseReference);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
    }

    /** True when {@code event} is one the query lets through. */
    public boolean matches(AuditEvent event) {
        return (actor == null || actor.equals(event.actor())) && (action == null || action == event.action())
                && (caseReference == null || caseReference.equals(event.caseReference()))
                && (from == null || !event.occurredAt().isBefore(from))
                && (to == null || event.occurredAt().isBefore(to));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
