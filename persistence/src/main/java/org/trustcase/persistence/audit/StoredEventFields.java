package org.trustcase.persistence.audit;

import java.util.Arrays;
import java.util.List;

/**
 * The stored fields of an audit event that its hash covers, in their fixed order, exactly as the columns hold
 * them: occurred_at, actor, case_reference, action, changes, reason, note. The same order when appending, when
 * sealing the events recorded before the chain and when verifying.
 */
final class StoredEventFields {
    /** The columns, in the order their values are hashed. */
    static final String COLUMNS = "occurred_at, actor, case_reference, action, changes, reason, note";

    private StoredEventFields() {
    }

    static List<String> of(String occurredAt, String actor, String caseReference, String action, String changes,
            String reason, String note) {
        return Arrays.asList(occurredAt, actor, caseReference, action, changes, reason, note);
    }
}
