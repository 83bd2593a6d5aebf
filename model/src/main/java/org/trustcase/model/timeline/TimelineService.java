package org.trustcase.model.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditLog;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.caseclocks.CaseClockRepository;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.casework.SettledCases;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.TextFields;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.tasks.TaskRepository;

/**
 * A case's timeline: its dated facts, the past events learnt in the investigation, and what was done on it (from the
 * audit trail), in the order they happened. A fact or past event recorded afterwards keeps both times.
 */
public final class TimelineService {
    public static final int MAX_DESCRIPTION = 2_000;
    public static final int MAX_SOURCE = 300;
    /** The entry's code for a past event. */
    public static final String PAST_EVENT = "past-event";

    private final CaseRepository cases;
    private final PastEventRepository pastEvents;
    private final AuditTrail trail;
    private final org.trustcase.model.common.TransactionRunner transactions;
    private final AccessControl access;
    private final Clock clock;
    private final Supplier<Actor> actor;
    private final TimelineReader reader;

    public TimelineService(CaseRepository cases, PastEventRepository pastEvents, CaseClockRepository clockFacts,
            TaskRepository tasks, AuditLog auditLog, AuditTrail trail, org.trustcase.model.common.TransactionRunner transactions,
            AccessControl access, Clock clock, Supplier<Actor> actor) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.pastEvents = Objects.requireNonNull(pastEvents, "pastEvents");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.reader = new TimelineReader(pastEvents, clockFacts, tasks, auditLog);
    }

    /** What happened and what was done, oldest first; things of the same moment in the order they were recorded. */
    public List<TimelineEntry> timeline(CaseReference reference) {
        access.require(UseCase.TIMELINE_SHOW, reference);
        return transactions.read(() -> reader.read(cases.require(reference)));
    }

    /** Records a past event with the time it happened, which may be long before now but not after. */
    public PastEvent addEvent(CaseReference reference, Instant happenedAt, String description, String source,
            Confidence confidence) {
        access.require(UseCase.PAST_EVENT_RECORD, reference);
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        if (happenedAt == null) {
            errors.add(new FieldError("at", "validation.required"));
        } else if (happenedAt.isAfter(now)) {
            errors.add(new FieldError("at", "validation.in-future", happenedAt));
        }
        String what = description == null ? "" : description.strip();
        if (what.isEmpty()) {
            errors.add(new FieldError("description", "validation.required"));
        } else {
            TextFields.text(errors, "description", what, MAX_DESCRIPTION);
        }
        String from = source == null || source.isBlank() ? null : source.strip();
        TextFields.line(errors, "source", from, MAX_SOURCE);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Confidence sure = confidence == null ? Confidence.CONFIRMED : confidence;
        return transactions.inTransaction(() -> {
            SettledCases.requireOpen(cases.require(reference));
            PastEvent event = new PastEvent(0, reference, happenedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                    what, from, sure, actor.get().name(), now);
            event = event.withId(pastEvents.add(event));
            trail.record(AuditAction.PAST_EVENT_RECORDED, reference, List.of(
                    new FieldChange("at", null, event.happenedAt().toString()),
                    new FieldChange("description", null, what), new FieldChange("source", null, from),
                    new FieldChange("confidence", null, sure.code())), null);
            return event;
        });
    }
}
