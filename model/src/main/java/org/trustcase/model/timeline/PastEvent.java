package org.trustcase.model.timeline;

import java.time.Instant;
import java.util.Objects;
import org.trustcase.model.cases.CaseReference;

/**
 * Something that happened in the breach and was learnt afterwards ("the attacker's first login, 3 March 14:02"): when
 * it happened, what, where that is known from and how sure it is, and who recorded it when.
 *
 * @param source where the time and the fact come from (a log, a witness, a vendor's report), or {@code null}
 */
public record PastEvent(long id, CaseReference caseReference, Instant happenedAt, String description, String source,
        Confidence confidence, String recordedBy, Instant recordedAt) {
    public PastEvent {
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(happenedAt, "happenedAt");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public PastEvent withId(long newId) {
        return new PastEvent(newId, caseReference, happenedAt, description, source, confidence, recordedBy,
                recordedAt);
    }
}
