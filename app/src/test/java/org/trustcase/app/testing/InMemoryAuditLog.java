package org.trustcase.app.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditLog;

/** Audit events kept in memory, in the order appended. */
public final class InMemoryAuditLog implements AuditLog, InMemoryTransactions.Participant {
    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized AuditEvent append(AuditEvent event) {
        AuditEvent stored = event.withSequence(events.size() + 1L);
        events.add(stored);
        return stored;
    }

    @Override
    public synchronized List<AuditEvent> list() {
        return List.copyOf(events);
    }

    @Override
    public synchronized List<AuditEvent> list(String caseReference) {
        return events.stream().filter(event -> Objects.equals(event.caseReference(), caseReference)).toList();
    }

    @Override
    public synchronized Object snapshot() {
        return events.size();
    }

    @Override
    public synchronized void restore(Object snapshot) {
        int size = (Integer) snapshot;
        while (events.size() > size) {
            events.remove(events.size() - 1);
        }
    }
}
