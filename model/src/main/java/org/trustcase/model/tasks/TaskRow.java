package org.trustcase.model.tasks;

import java.time.Instant;
import java.util.Objects;
import org.trustcase.model.deadlines.ClockStatus;

/**
 * A task as its list shows it: the task, when it is due (its own time, or its clock's), and its clock's status when
 * it is linked to one ({@code null} otherwise, or when the case has no such clock).
 */
public record TaskRow(CaseTask task, Instant dueAt, ClockStatus clockStatus) {
    public TaskRow {
        Objects.requireNonNull(task, "task");
    }

    /** Pending and past its due time at {@code now}. */
    public boolean overdue(Instant now) {
        return task.status().pending() && dueAt != null && now.isAfter(dueAt);
    }
}
