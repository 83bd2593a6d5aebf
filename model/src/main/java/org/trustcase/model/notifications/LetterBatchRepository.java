package org.trustcase.model.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.trustcase.model.cases.CaseReference;

/** Port: the letter batches of the cases. */
public interface LetterBatchRepository {
    /** Stores the batch; returns its id. */
    long addBatch(LetterBatch batch);

    /** Sets how many recipients the batch holds (known once they joined it). */
    void setRecipients(CaseReference caseReference, long id, long count);

    Optional<LetterBatch> findBatch(CaseReference caseReference, long id);

    /** The case's batches, the latest first. */
    List<LetterBatch> batches(CaseReference caseReference);

    void markBatchSent(CaseReference caseReference, long id, Instant at, String channel);
}
