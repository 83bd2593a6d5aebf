package org.trustcase.model.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.Problem;

/**
 * The single write path of the audit trail: every use case that changes something records it
 * here, inside its own transaction. Stamps the event with the current actor and the injected
 * clock, so that later hash chaining or signing has one place to hook into.
 */
public final class AuditTrail {
    private final AuditLog log;
    private final Clock clock;
    private final Supplier<Actor> actor;

    public AuditTrail(AuditLog log, Clock clock, Supplier<Actor> actor) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /** The same trail, recording events as {@code someone} (e.g. the person signing in, before they are signed in). */
    public AuditTrail as(Supplier<Actor> someone) {
        return new AuditTrail(log, clock, someone);
    }

    /** Records an event with the reason a person gave ({@code null} for none). */
    public AuditEvent record(AuditAction action, Object caseReference, List<FieldChange> changes, String reason) {
        return record(action, caseReference, changes, reason, null);
    }

    /** Records an event with what the application notes about it ({@link AuditNote}), and no reason typed. */
    public AuditEvent recordNoted(AuditAction action, Object caseReference, List<FieldChange> changes, Problem note) {
        return record(action, caseReference, changes, null, note);
    }

    private AuditEvent record(AuditAction action, Object caseReference, List<FieldChange> changes, String reason,
            Problem note) {
        String reference = caseReference == null ? null : caseReference.toString();
        // milliseconds: what the trail stores, so the event returned equals the event read back
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return log.append(new AuditEvent(0, at, actor.get().name(), reference, action, changes, reason, note));
    }
}
