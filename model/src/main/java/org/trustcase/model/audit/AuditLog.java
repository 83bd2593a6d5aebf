package org.trustcase.model.audit;

import java.util.List;

/** Port: the append-only store of audit events. Appends happen inside the transaction of the change they record. */
public interface AuditLog {

    /** Stores the event and returns it with its sequence number. */
    AuditEvent append(AuditEvent event);

    /** Every event, oldest first. */
    List<AuditEvent> list();

    /** The events of one case, oldest first. */
    List<AuditEvent> list(String caseReference);
}
