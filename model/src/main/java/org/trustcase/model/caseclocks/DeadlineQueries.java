package org.trustcase.model.caseclocks;

import java.time.Instant;
import java.util.List;

/**
 * Port: deadlines across open cases as queries on the deadline index: ordered, paged and counted
 * by the database. Used inside a transaction.
 */
public interface DeadlineQueries {

    /** Running clocks (overdue ones included) of open cases. */
    long countRunning();

    /** Running clocks past their due instant at {@code now}. */
    long countOverdue(Instant now, boolean legalOnly);

    /** Clocks waiting for their trigger event. */
    long countWaiting();

    /**
     * Rows {@code offset} to {@code offset + limit - 1} of: the running clocks by due instant (the
     * longest overdue first), then, when {@code withWaiting}, the waiting clocks by case reference.
     */
    List<ClockListing> page(boolean withWaiting, long offset, int limit);

    /**
     * The legal clocks whose most urgent window at {@code now} is {@code window} and that were not yet
     * in that window at {@code since} (null: at the first look, every clock in the window).
     *
     * @param sample how many of them to return in full, the most urgent first
     */
    AlertCrossings entered(AlertWindow window, Instant since, Instant now, int sample);
}
