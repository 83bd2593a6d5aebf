package org.trustcase.model.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditLog;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.caseclocks.CaseClockRepository;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.casework.SettledCases;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.TextFields;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.deadlines.DeadlineEvent;
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
    private final CaseClockRepository clockFacts;
    private final TaskRepository tasks;
    private final AuditLog auditLog;
    private final AuditTrail trail;
    private final org.trustcase.model.common.TransactionRunner transactions;
    private final AccessControl access;
    private final Clock clock;
    private final Supplier<Actor> actor;

    public TimelineService(CaseRepository cases, PastEventRepository pastEvents, CaseClockRepository clockFacts,
            TaskRepository tasks, AuditLog auditLog, AuditTrail trail, org.trustcase.model.common.TransactionRunner transactions,
            AccessControl access, Clock clock, Supplier<Actor> actor) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.pastEvents = Objects.requireNonNull(pastEvents, "pastEvents");
        this.clockFacts = Objects.requireNonNull(clockFacts, "clockFacts");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /** What happened and what was done, oldest first; things of the same moment in the order they were recorded. */
    public List<TimelineEntry> timeline(CaseReference reference) {
        access.require(UseCase.TIMELINE_SHOW, reference);
        return transactions.read(() -> {
            BreachCase c = cases.require(reference);
            List<AuditEvent> events = auditLog.list(reference.toString());
            List<TimelineEntry> entries = new ArrayList<>();
            facts(c, events, entries);
            for (PastEvent past : pastEvents.list(reference)) {
                entries.add(new TimelineEntry(past.happenedAt(), past.recordedAt(), TimelineKind.PAST_EVENT,
                        PAST_EVENT, past.recordedBy(), List.of(new FieldChange("description", null,
                                past.description()), new FieldChange("source", null, past.source()),
                                new FieldChange("confidence", null, past.confidence().code()))));
            }
            Map<String, String> taskTitles = new HashMap<>();
            for (AuditEvent event : events) {
                if (event.action() == AuditAction.TASK_STATUS_CHANGED && taskTitles.isEmpty()) {
                    tasks.list(reference).forEach(t -> taskTitles.put(Long.toString(t.id()), t.title()));
                }
                AuditedKinds.of(event.action()).ifPresent(kind -> entries.add(new TimelineEntry(event.occurredAt(),
                        event.occurredAt(), kind, event.action().code(), event.actor(), withTaskTitle(event,
                                taskTitles))));
            }
            entries.sort(Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::recordedAt));
            return entries;
        });
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

    /**
     * The case's dated facts, each with when it was last recorded: the time of the latest audited change of its field,
     * or the case's opening when the trail does not name it.
     */
    private void facts(BreachCase c, List<AuditEvent> events, List<TimelineEntry> entries) {
        Map<String, Instant> recorded = new HashMap<>();
        for (AuditEvent event : events) {
            if (event.action() == AuditAction.CASE_CREATED || event.action() == AuditAction.CASE_UPDATED
                    || event.action() == AuditAction.CASE_EVENT_RECORDED) {
                event.changes().forEach(change -> recorded.put(change.field(), event.occurredAt()));
            }
        }
        CaseDetails d = c.details();
        Instant opened = c.createdAt();
        if (d.occurredFrom() != null) {
            List<FieldChange> until = d.occurredTo() == null ? List.of()
                    : List.of(new FieldChange("occurredTo", null, d.occurredTo().toString()));
            entries.add(fact(d.occurredFrom(), recorded.getOrDefault("occurredFrom", opened), "occurred", until));
        }
        if (d.detectedAt() != null) {
            entries.add(fact(d.detectedAt(), latest(recorded, opened, "detectedAt", DeadlineEvent.DETECTED.code()),
                    DeadlineEvent.DETECTED.code(), List.of()));
        }
        if (d.awareAt() != null) {
            entries.add(fact(d.awareAt(), latest(recorded, opened, "awareAt", DeadlineEvent.AWARE.code()),
                    DeadlineEvent.AWARE.code(), List.of()));
        }
        if (d.containedAt() != null) {
            entries.add(fact(d.containedAt(), recorded.getOrDefault("containedAt", opened), "contained", List.of()));
        }
        clockFacts.facts(c.reference()).events().forEach((event, at) -> entries.add(fact(at,
                recorded.getOrDefault(event.code(), opened), event.code(), List.of())));
    }

    /** A task's move names only the task's number: its title is added, for the timeline to say which task. */
    private static List<FieldChange> withTaskTitle(AuditEvent event, Map<String, String> taskTitles) {
        if (event.action() != AuditAction.TASK_STATUS_CHANGED) {
            return event.changes();
        }
        List<FieldChange> changes = new ArrayList<>(event.changes());
        event.changes().stream().filter(c -> c.field().equals("task")).findFirst()
                .map(c -> taskTitles.get(c.after())).ifPresent(title -> changes.add(new FieldChange("title", null,
                        title)));
        return changes;
    }

    private static Instant latest(Map<String, Instant> recorded, Instant otherwise, String field, String event) {
        Instant a = recorded.get(field);
        Instant b = recorded.get(event);
        if (a == null || b == null) {
            return a != null ? a : b != null ? b : otherwise;
        }
        return a.isAfter(b) ? a : b;
    }

    private static TimelineEntry fact(Instant at, Instant recordedAt, String code, List<FieldChange> changes) {
        return new TimelineEntry(at, recordedAt, TimelineKind.FACT, code, null, changes);
    }
}
