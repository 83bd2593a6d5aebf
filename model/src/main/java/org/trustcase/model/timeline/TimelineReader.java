package org.trustcase.model.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditLog;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.caseclocks.CaseClockRepository;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.deadlines.DeadlineEvent;
import org.trustcase.model.tasks.TaskRepository;

/**
 * Reads a case's timeline from its record, inside the caller's transaction: its dated facts, the past events learnt in
 * the investigation, and what was done on it (from the audit trail), in the order they happened. Shared by the use
 * cases that show or print it.
 */
public final class TimelineReader {
    private final PastEventRepository pastEvents;
    private final CaseClockRepository clockFacts;
    private final TaskRepository tasks;
    private final AuditLog auditLog;

    public TimelineReader(PastEventRepository pastEvents, CaseClockRepository clockFacts, TaskRepository tasks,
            AuditLog auditLog) {
        this.pastEvents = Objects.requireNonNull(pastEvents, "pastEvents");
        this.clockFacts = Objects.requireNonNull(clockFacts, "clockFacts");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    }

    /** The case's lines, oldest first; things of the same moment in the order they were recorded. */
    public List<TimelineEntry> read(BreachCase c) {
        List<AuditEvent> events = auditLog.list(c.reference().toString());
        List<TimelineEntry> entries = new ArrayList<>();
        facts(c, events, entries);
        for (PastEvent past : pastEvents.list(c.reference())) {
            entries.add(new TimelineEntry(past.happenedAt(), past.recordedAt(), TimelineKind.PAST_EVENT,
                    TimelineService.PAST_EVENT, past.recordedBy(), List.of(new FieldChange("description", null,
                            past.description()), new FieldChange("source", null, past.source()),
                            new FieldChange("confidence", null, past.confidence().code()))));
        }
        Map<String, String> taskTitles = new HashMap<>();
        for (AuditEvent event : events) {
            if (event.action() == AuditAction.TASK_STATUS_CHANGED && taskTitles.isEmpty()) {
                tasks.list(c.reference()).forEach(t -> taskTitles.put(Long.toString(t.id()), t.title()));
            }
            AuditedKinds.of(event.action()).ifPresent(kind -> entries.add(new TimelineEntry(event.occurredAt(),
                    event.occurredAt(), kind, event.action().code(), event.actor(), withTaskTitle(event,
                            taskTitles))));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::recordedAt));
        return entries;
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
