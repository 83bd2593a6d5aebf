package org.trustcase.model.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.trustcase.model.common.NotFoundException;

/**
 * Port: where cases are kept. Called inside a {@link org.trustcase.model.common.TransactionRunner}
 * transaction by the use cases, so that a change and its audit event commit together.
 */
public interface CaseRepository {

    /**
     * The next free reference for {@code year}: one past the highest number used that year. Called
     * in the write transaction that stores the case: the year's number stays reserved for that
     * transaction until it ends, so that concurrent writers never get the same number.
     */
    CaseReference nextReference(int year);

    /** Stores a new case with version 1 and returns it with its id; its reference's number counts as used. */
    BreachCase insert(CaseReference reference, CaseDetails details, CaseStatus status, Instant at);

    /**
     * Stores {@code changed} (details, status and status reason) if the stored version still equals
     * {@code changed.version()}; returns it with the version incremented.
     *
     * @throws org.trustcase.model.common.ConcurrentChangeException if the stored version differs
     * @throws NotFoundException if the case no longer exists
     */
    BreachCase update(BreachCase changed);

    Optional<BreachCase> find(CaseReference reference);

    /** The case of {@code reference}, or {@link #notFound} when there is none. */
    default BreachCase require(CaseReference reference) {
        return find(reference).orElseThrow(() -> notFound(reference));
    }

    /** The cases of {@code references} that exist, newest reference first (a page of a list: a few hundred at most). */
    List<BreachCase> find(Collection<CaseReference> references);

    /** Up to {@code limit} open cases with an id above {@code afterId}, by id (to walk every open case in batches). */
    List<BreachCase> findOpen(long afterId, int limit);

    /**
     * Up to {@code limit} cases, open or not, whose organisation became aware in {@code [from, to)}, with an id above
     * {@code afterId}, by id (to walk a period's cases in batches, e.g. for the breach register).
     */
    List<BreachCase> findAware(java.time.Instant from, java.time.Instant to, long afterId, int limit);

    /** How many cases are open. */
    long countOpen();

    /** The one refusal for a reference with no case behind it, whoever finds it missing. */
    static NotFoundException notFound(CaseReference reference) {
        return new NotFoundException("case.not-found", reference.toString());
    }
}
