package org.trustcase.model.reports;

import java.time.Instant;

/** Port: the figures of reports, counted by the database. */
public interface ReportQueries {
    /** The figures of the cases the organisation became aware of in {@code [from, to)}; {@code year} names them. */
    TransparencyFigures transparency(int year, Instant from, Instant to);

    /** The breaches of each month from {@code from} to {@code to} (UTC months), oldest first; months without none. */
    java.util.List<MonthlyBreaches> monthly(java.time.YearMonth from, java.time.YearMonth to);
}
