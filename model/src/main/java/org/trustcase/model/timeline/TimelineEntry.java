package org.trustcase.model.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.trustcase.model.audit.FieldChange;

/**
 * One line of a case's timeline. What it says is coded, for the application to word in the reader's language:
 * {@code code} names the fact ({@code aware}, {@code contained}, …), the audited action ({@code note-added}, …) or
 * {@code past-event}; {@code changes} carry its values (for a past event: {@code description}, {@code source},
 * {@code confidence}).
 *
 * @param at         when it happened
 * @param recordedAt when the workspace learnt of it: later than {@code at} for a fact or past event recorded afterwards
 * @param actor      who recorded it (a login), or {@code null} when the record does not say
 */
public record TimelineEntry(Instant at, Instant recordedAt, TimelineKind kind, String code, String actor,
        List<FieldChange> changes) {
    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        changes = List.copyOf(changes);
    }

    /** The value after the change of the field named so, if the entry carries it. */
    public String value(String field) {
        return changes.stream().filter(c -> c.field().equals(field)).findFirst().map(FieldChange::after)
                .orElse(null);
    }

    /** The value before the change of the field named so, if the entry carries it. */
    public String before(String field) {
        return changes.stream().filter(c -> c.field().equals(field)).findFirst().map(FieldChange::before)
                .orElse(null);
    }

    /** Whether the workspace learnt of it later than it happened (by more than a minute). */
    public boolean recordedLater() {
        return recordedAt.isAfter(at.plusSeconds(60));
    }
}
