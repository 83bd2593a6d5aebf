package org.trustcase.model.notifications;

import java.util.List;
import java.util.Map;
import org.trustcase.model.cases.CaseReference;

/** Port: the recipient registers of the cases, kept inside the use cases' transactions. */
public interface RecipientRepository {
    /**
     * Stores the recipients, skipping each whose e-mail address the case's register holds already (compared without
     * regard to case); returns how many were stored.
     */
    int insert(List<Recipient> recipients);

    /** The case's recipients in the order they were imported, from {@code afterId} (0: the first), at most limit. */
    List<Recipient> page(CaseReference caseReference, RecipientStatus status, long afterId, int limit);

    /** How many of the case's recipients are in each status (statuses with none are left out). */
    Map<RecipientStatus, Long> counts(CaseReference caseReference);

    /**
     * How many of the case's recipients give each place of residence in the columns {@code jurisdiction},
     * {@code country} and {@code state} of their register (as written; none where the register has no such column).
     */
    List<ResidenceCount> residences(CaseReference caseReference);

    /** Whether the case has a recipient with this id, or (when {@code id} is 0) with this e-mail address. */
    boolean exists(CaseReference caseReference, long id, String email);

    /**
     * Sets the status of the case's recipient with this id, or (when {@code id} is 0) with this e-mail address;
     * returns whether there was one.
     */
    boolean setStatus(CaseReference caseReference, long id, String email, RecipientStatus status,
            java.time.Instant at, String channel);

    /** Puts every pending recipient of the case into the batch (taking them out of any earlier one); returns how many. */
    long assignBatch(CaseReference caseReference, long batchId);

    /** The batch's recipients in import order, from after {@code afterId}, at most {@code limit}. */
    List<Recipient> pageOfBatch(CaseReference caseReference, long batchId, long afterId, int limit);

    /** Marks the batch's recipients that are still pending sent; returns how many. */
    long markBatchSent(CaseReference caseReference, long batchId, java.time.Instant at, String channel);

    /** Sets the status of the case's recipients with these ids; returns how many there were. */
    int setStatuses(CaseReference caseReference, List<Long> ids, RecipientStatus status, java.time.Instant at,
            String channel);
}
