package org.trustcase.model.caseclocks;

/** How many clocks of open cases run (overdue ones included), are overdue, and wait for their trigger. */
public record DeadlineCounts(long running, long overdue, long waiting) {
}
