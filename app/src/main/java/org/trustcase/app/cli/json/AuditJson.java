package org.trustcase.app.cli.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.FieldChange;

/** An audit event as JSON. */
public final class AuditJson {
    private AuditJson() {
    }

    public static ObjectNode write(AuditEvent event) {
        ObjectNode node = Json.object();
        node.put("sequence", event.sequence());
        node.put("at", Json.instant(event.occurredAt()));
        node.put("actor", event.actor());
        node.put("case", event.caseReference());
        node.put("action", event.action().code());
        ArrayNode changes = node.putArray("changes");
        for (FieldChange change : event.changes()) {
            changes.addObject().put("field", change.field()).put("before", change.before()).put("after", change.after());
        }
        node.put("reason", Json.ENGLISH.reason(event));
        return node;
    }
}
