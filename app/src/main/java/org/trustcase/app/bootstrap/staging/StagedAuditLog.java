package org.trustcase.app.bootstrap.staging;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditLog;

/** The audit events of a staged batch, in memory, in the order they happened. */
final class StagedAuditLog implements AuditLog {
    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public AuditEvent append(AuditEvent event) {
        events.add(event);
        return event;
    }

    @Override
    public List<AuditEvent> list() {
        return List.copyOf(events);
    }

    @Override
    public List<AuditEvent> list(String caseReference) {
        return events.stream().filter(e -> Objects.equals(e.caseReference(), caseReference)).toList();
    }

    void clear() {
        events.clear();
    }
}
