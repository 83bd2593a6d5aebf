package org.trustcase.model.caselist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.trustcase.model.deadlines.RuleCatalog;
import org.trustcase.model.common.UnreadableRecord;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.common.TransactionRunner;

/** The read use cases of case lists: a page of a filtered, sorted list, its size, every case in turn, the figures. */
public final class CaseListService {
    private final CaseQueries queries;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final AccessControl access;
    private final Supplier<RuleCatalog> rules;
    private final AuditTrail trail;

    /**
     * @param rules the deadline rules in use, asked for only when a list needs them (which jurisdictions they cover,
     *              whether a clock is legal), so that the rules are loaded only then
     */
    public CaseListService(CaseQueries queries, TransactionRunner transactions, Clock clock, AccessControl access,
            Supplier<RuleCatalog> rules) {
        this(queries, transactions, clock, access, rules, null);
    }

    /** @param trail where an export of the list to a file is recorded ({@code null}: exports are refused) */
    public CaseListService(CaseQueries queries, TransactionRunner transactions, Clock clock, AccessControl access,
            Supplier<RuleCatalog> rules, AuditTrail trail) {
        this.trail = trail;
        this.rules = Objects.requireNonNull(rules, "rules");
        this.queries = Objects.requireNonNull(queries, "queries");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.access = Objects.requireNonNull(access, "access");
    }

    public long count(CaseQuery query) {
        access.require(UseCase.CASE_COUNT, null);
        CaseQuery resolved = resolved(query);
        return transactions.read(() -> queries.count(resolved));
    }

    /** The query with the rules' coverage filled in where it asks for cases without a clock. */
    private CaseQuery resolved(CaseQuery query) {
        String onlyAssignedTo = access.onlyCasesAssignedTo();
        if (onlyAssignedTo != null) {
            query = query.withAssignedTo(onlyAssignedTo);
        }
        return query.clocks() instanceof CaseQuery.NoClock noClock && noClock.coverage() == null
                ? query.withClocks(new CaseQuery.NoClock(rules.get().coverage())) : query;
    }

    public List<CaseRow> page(CaseQuery query, long offset, int limit) {
        access.require(UseCase.CASE_LIST, null);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit are not negative");
        }
        RuleCatalog catalog = rules.get();
        CaseQuery resolved = resolved(query);
        return transactions.read(() -> queries.page(resolved, offset, limit)).stream()
                .map(row -> row.withRules(catalog)).toList();
    }

    /** Every case {@code query} lets through, whole, in its order; memory stays constant. */
    public void forEach(CaseQuery query, Consumer<BreachCase> sink) {
        access.require(UseCase.CASE_EXPORT, null);
        transactions.read(() -> {
            queries.forEach(resolved(query), sink);
            return null;
        });
    }

    /** Like {@link #forEach(CaseQuery, Consumer)}; a case that cannot be read is handed to {@code unreadable} and the list goes on. */
    public void forEach(CaseQuery query, Consumer<BreachCase> sink, Consumer<UnreadableRecord> unreadable) {
        access.require(UseCase.CASE_EXPORT, null);
        transactions.read(() -> {
            queries.forEach(resolved(query), sink, unreadable);
            return null;
        });
    }

    /**
     * Exports the cases of {@code query} to a file, a sensitive read: {@code write} writes them (with this service's
     * reads) and returns how many, and the export is then recorded in the trail with the number of cases and where
     * they went. Asked first, so that someone who may not export writes nothing.
     */
    public long exportToFile(CaseQuery query, String destination, java.util.function.ToLongFunction<CaseQuery> write) {
        access.require(UseCase.CASE_EXPORT_TO_FILE, null);
        if (trail == null) {
            throw new IllegalStateException("no audit trail to record the export in");
        }
        long rows = write.applyAsLong(query);
        transactions.inTransaction(() -> trail.record(AuditAction.CASES_EXPORTED, null, List.of(
                new FieldChange("cases", null, Long.toString(rows)), new FieldChange("file", null, destination)),
                null));
        return rows;
    }

    /** The dashboard's figures now, the year being the current calendar year in {@code zone}. */
    public CaseFigures figures(ZoneId zone) {
        access.require(UseCase.CASE_FIGURES, null);
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant yearStart = today.withDayOfYear(1).atStartOfDay(zone).toInstant();
        Instant yearEnd = today.withDayOfYear(1).plusYears(1).atStartOfDay(zone).toInstant();
        RuleCatalog catalog = rules.get();
        CaseFigures figures = transactions.read(() -> queries.figures(now, yearStart, yearEnd, catalog.coverage()));
        return figures.withRecentlyAware(figures.recentlyAware().stream().map(row -> row.withRules(catalog)).toList());
    }
}
