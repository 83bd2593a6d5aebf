package org.trustcase.model.caselist;

import java.util.List;
import java.util.Map;
import org.trustcase.model.cases.CaseStatus;

/**
 * The dashboard's figures, counted by the database.
 *
 * @param openByStatus    how many cases are in each open status (every open status present, zero included)
 * @param openedInYear    cases created in the year asked for
 * @param closedInYear    cases now closed (or dismissed) that were closed in that year
 * @param recentlyAware   the open cases the organisation became aware of most recently, newest first
 * @param overdueClocks   legal clocks of open cases past their due instant and not met
 * @param dueWithinDay    legal clocks of open cases due within the next 24 hours
 * @param dueWithin3Days  legal clocks of open cases due within the next 72 hours (those within 24 included)
 * @param openWithoutClock open cases with no legal clock: no jurisdiction, or none a deadline rule covers
 */
public record CaseFigures(Map<CaseStatus, Long> openByStatus, long openedInYear, long closedInYear,
        List<CaseRow> recentlyAware, long overdueClocks, long dueWithinDay, long dueWithin3Days,
        long openWithoutClock) {

    public static final int RECENT = 5;

    public CaseFigures {
        openByStatus = Map.copyOf(openByStatus);
        recentlyAware = List.copyOf(recentlyAware);
    }

    /** These figures with other recently-aware rows (the same cases, told more of). */
    public CaseFigures withRecentlyAware(List<CaseRow> rows) {
        return new CaseFigures(openByStatus, openedInYear, closedInYear, rows, overdueClocks, dueWithinDay,
                dueWithin3Days, openWithoutClock);
    }

    public long openTotal() {
        return openByStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
