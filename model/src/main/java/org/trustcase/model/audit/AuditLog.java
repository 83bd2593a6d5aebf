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

    /**
     * The events of one case ({@code caseReference} null: of the workspace), oldest first; an event
     * that cannot be read goes to {@code unreadable} instead of ending the list.
     */
    default List<AuditEvent> list(String caseReference, Consumer<UnreadableRecord> unreadable) {
        return caseReference == null ? list() : list(caseReference);
    }
}
