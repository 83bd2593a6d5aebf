package org.trustcase.model.testing;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.trustcase.model.caselist.CaseFigures;
import org.trustcase.model.caselist.CaseQueries;
import org.trustcase.model.caselist.CaseQuery;
import org.trustcase.model.caselist.CaseRow;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseStatus;

/**
 * Case lists over the in-memory cases, filtered by status only and newest reference first: enough for tests of
 * the use cases around them (the SQL behind the real lists is tested on SQLite in persistence).
 */
public final class InMemoryCaseQueries implements CaseQueries {
    private final InMemoryCaseRepository cases;

    public InMemoryCaseQueries(InMemoryCaseRepository cases) {
        this.cases = cases;
    }

    private Stream<BreachCase> matching(CaseQuery query) {
        return cases.findAll().stream().filter(c -> query.statuses().isEmpty() || query.statuses().contains(c.status()));
    }

    @Override
    public long count(CaseQuery query) {
        return matching(query).count();
    }

    @Override
    public List<CaseRow> page(CaseQuery query, long offset, int limit) {
        return matching(query).skip(offset).limit(limit).map(InMemoryCaseQueries::row).toList();
    }

    @Override
    public void forEach(CaseQuery query, Consumer<BreachCase> sink) {
        matching(query).forEach(sink);
    }

    @Override
    public CaseFigures figures(Instant now, Instant yearStart, Instant yearEnd,
            org.trustcase.model.deadlines.JurisdictionCoverage coverage) {
        EnumMap<CaseStatus, Long> open = new EnumMap<>(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            if (!status.isClosed()) {
                open.put(status, cases.findAll().stream().filter(c -> c.status() == status).count());
            }
        }
        long opened = cases.findAll().stream()
                .filter(c -> !c.createdAt().isBefore(yearStart) && c.createdAt().isBefore(yearEnd)).count();
        long withoutClock = cases.findAll().stream().filter(c -> !c.status().isClosed())
                .filter(c -> c.details().jurisdictions().stream().noneMatch(coverage::covers)).count();
        return new CaseFigures(open, opened, 0, List.of(), 0, 0, 0, withoutClock);
    }

    private static CaseRow row(BreachCase c) {
        return new CaseRow(c.id(), c.reference(), c.details().title(), c.status(), c.details().owner(),
                c.details().awareAt(), null, null, null, "");
    }
}
