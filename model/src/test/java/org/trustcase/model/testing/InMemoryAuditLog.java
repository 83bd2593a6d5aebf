package org.trustcase.model.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditLog;

/** An audit log in a list. */
public final class InMemoryAuditLog implements AuditLog {
    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public AuditEvent append(AuditEvent event) {
        AuditEvent stored = event.withSequence(events.size() + 1L);
        events.add(stored);
        return stored;
    }

    @Override
    public List<AuditEvent> list() {
        return List.copyOf(events);
    }

    @Override
    public List<AuditEvent> list(String caseReference) {
        return events.stream().filter(e -> Objects.equals(e.caseReference(), caseReference)).toList();
    }
}
