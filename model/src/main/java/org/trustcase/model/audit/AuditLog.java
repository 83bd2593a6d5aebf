package org.trustcase.model.audit;

import java.util.List;
import java.util.function.Consumer;
import org.trustcase.model.common.UnreadableRecord;

/** Port: the append-only store of audit events. Appends happen inside the transaction of the change they record. */
public interface AuditLog {

    /** Stores the event and returns it with its sequence number. */
    AuditEvent append(AuditEvent event);

    /** Every event, oldest first. */
    List<AuditEvent> list();

    /** The events of one case, oldest first. */
    List<AuditEvent> list(String caseReference);

    /** How many events of {@code action} the trail holds. */
    default long count(AuditAction action) {
        return list().stream().filter(e -> e.action() == action).count();
    }

    /**
     * At most {@code limit} events of {@code action}, of cases after ({@code afterCase}, {@code afterSeq}) in the
     * order case reference, then sequence number: a page of a case-by-case reading ({@code ""} and {@code 0} for the
     * first). Events of no case are not included.
     */
    default List<AuditEvent> pageOf(AuditAction action, String afterCase, long afterSeq, int limit) {
        return list().stream().filter(e -> e.action() == action && e.caseReference() != null)
                .filter(e -> e.caseReference().compareTo(afterCase) > 0
                        || e.caseReference().equals(afterCase) && e.sequence() > afterSeq)
                .sorted(java.util.Comparator.comparing(AuditEvent::caseReference)
                        .thenComparingLong(AuditEvent::sequence))
                .limit(limit).toList();
    }

    /**
     * At most {@code limit} events {@code query} lets through with a sequence number below {@code beforeSeq}, newest
     * first: a page of the workspace's audit log ({@link Long#MAX_VALUE} for the first).
     */
    default List<AuditEvent> page(AuditQuery query, long beforeSeq, int limit) {
        return list().stream().filter(e -> e.sequence() < beforeSeq && query.matches(e))
                .sorted(java.util.Comparator.comparingLong(AuditEvent::sequence).reversed()).limit(limit).toList();
    }

    /**
     * The events of one case ({@code caseReference} null: of the workspace), oldest first; an event
     * that cannot be read goes to {@code unreadable} instead of ending the list.
     */
    default List<AuditEvent> list(String caseReference, Consumer<UnreadableRecord> unreadable) {
        return caseReference == null ? list() : list(caseReference);
    }
}
