package org.trustcase.model.caselist;

import java.time.Instant;
import org.trustcase.model.deadlines.JurisdictionCoverage;
import java.util.List;
import java.util.function.Consumer;
import org.trustcase.model.common.UnreadableRecord;
import org.trustcase.model.cases.BreachCase;

/**
 * Port: case lists as queries. Filtering, sorting, paging and counting happen in the database, so
 * that a list costs the same with 100 or 1,000,000 cases. Used inside a transaction.
 */
public interface CaseQueries {

    /** How many cases {@code query} lets through. */
    long count(CaseQuery query);

    /** The rows {@code offset} to {@code offset + limit - 1} of {@code query}'s order. */
    List<CaseRow> page(CaseQuery query, long offset, int limit);

    /**
     * Hands every case {@code query} lets through, whole and in its order, to {@code sink}, reading
     * them in batches: memory stays constant however many there are.
     */
    void forEach(CaseQuery query, Consumer<BreachCase> sink);

    /**
     * Like {@link #forEach(CaseQuery, Consumer)}, but a case that cannot be read goes to
     * {@code unreadable} instead of ending the list.
     */
    default void forEach(CaseQuery query, Consumer<BreachCase> sink, Consumer<UnreadableRecord> unreadable) {
        forEach(query, sink);
    }

    /**
     * The dashboard's figures at {@code now}, with the year running from {@code yearStart}
     * (inclusive) to {@code yearEnd} (exclusive) in the user's zone; an open case has no clock when none of its
     * jurisdictions is in {@code coverage} (or it has none).
     */
    CaseFigures figures(Instant now, Instant yearStart, Instant yearEnd, JurisdictionCoverage coverage);
}
