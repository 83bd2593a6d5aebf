package org.trustcase.model.tasks;

import java.time.Instant;
import java.util.Objects;
import org.trustcase.model.cases.CaseReference;

/**
 * A task of a case's investigation: what to do, who does it and by when, in an order and a group (a playbook's
 * phase: containment, assessment, notification…), and where it stands. A task linked to a legal clock by its rule
 * takes the clock's due time rather than a date of its own.
 *
 * @param assignee  the login of the person doing it ({@code null}: nobody yet)
 * @param dueAt     its own due time ({@code null} when it has none, or takes its clock's)
 * @param clockRule the deadline rule whose clock sets its due time ({@code null}: none)
 * @param reason    why it is not needed ({@code NOT_NEEDED} only)
 */
public record CaseTask(long id, CaseReference caseReference, int position, String group, String title,
        String description, String assignee, Instant dueAt, String clockRule, TaskStatus status, String reason,
        String createdBy, Instant createdAt, String closedBy, Instant closedAt) {
    public CaseTask {
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public CaseTask withId(long newId) {
        return new CaseTask(newId, caseReference, position, group, title, description, assignee, dueAt, clockRule,
                status, reason, createdBy, createdAt, closedBy, closedAt);
    }

    public CaseTask withStatus(TaskStatus newStatus, String why, String by, Instant at) {
        boolean closing = !newStatus.pending();
        return new CaseTask(id, caseReference, position, group, title, description, assignee, dueAt, clockRule,
                newStatus, newStatus == TaskStatus.NOT_NEEDED ? why : null, createdBy, createdAt, closing ? by : null,
                closing ? at : null);
    }
}
