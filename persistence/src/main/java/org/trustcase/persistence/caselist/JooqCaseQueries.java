package org.trustcase.persistence.caselist;

import static org.trustcase.persistence.jooq.Tables.ASSESSMENT;
import static org.trustcase.persistence.jooq.Tables.BREACH_CASE;
import static org.trustcase.persistence.jooq.Tables.CASE_ASSIGNMENT;
import static org.trustcase.persistence.jooq.Tables.CASE_CLASSIFICATION;
import static org.trustcase.persistence.jooq.Tables.CASE_CLOCK;
import static org.trustcase.persistence.jooq.Tables.CASE_NEXT_CLOCK;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.trustcase.model.common.UnreadableRecord;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.trustcase.model.caselist.CaseFigures;
import org.trustcase.model.deadlines.JurisdictionCoverage;
import org.trustcase.model.caselist.CaseQueries;
import org.trustcase.model.caselist.CaseQuery;
import org.trustcase.model.caselist.CaseRow;
import org.trustcase.model.caselist.CaseSort;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.severity.SeverityBand;
import org.trustcase.persistence.cases.JooqCaseRepository;
import org.trustcase.persistence.cases.StoredCodes;
import org.trustcase.persistence.jooq.tables.records.BreachCaseRecord;
import org.trustcase.persistence.database.Database;

/**
 * Case lists in SQL: the filter becomes a WHERE clause, the sort an ORDER BY over indexed columns,
 * the page LIMIT/OFFSET, the figures COUNTs. A page reads its rows' band, next clock and
 * jurisdictions with correlated sub-selects, which cost per row shown, not per case stored.
 */
public final class JooqCaseQueries implements CaseQueries {
    /** Cases handed to {@link #forEach} per batch of child-row reads. */
    static final int BATCH = 500;
    /** From this many cases of the statuses a term names on, a page walks the list's index (see {@link #matches}). */
    static final int COMMON_STATUS = 10_000;
    /** The kind of {@code case_classification} row that holds a jurisdiction code. */
    private static final String JURISDICTION = "jurisdiction";

    /** The band of the case's latest assessment (null: not assessed), to filter by. */
    private static final Field<String> LATEST_BAND = DSL.field(DSL.select(ASSESSMENT.BAND).from(ASSESSMENT)
            .where(ASSESSMENT.CASE_ID.eq(BREACH_CASE.ID)).orderBy(ASSESSMENT.VERSION.desc()).limit(1));
    private static final Field<String> BAND = LATEST_BAND.as("band");
    private static final Field<String> JURISDICTIONS = DSL.select(DSL.groupConcat(CASE_CLASSIFICATION.CODE)
                    .orderBy(CASE_CLASSIFICATION.POSITION))
            .from(CASE_CLASSIFICATION)
            .where(CASE_CLASSIFICATION.CASE_ID.eq(BREACH_CASE.ID))
            .and(CASE_CLASSIFICATION.KIND.eq(JURISDICTION))
            .asField("jurisdictions");

    private final Database transactions;
    private final JooqCaseRepository cases;
    private final CaseTextSearch search;
    private final int commonStatus;

    public JooqCaseQueries(Database transactions, JooqCaseRepository cases, CaseTextSearch search) {
        this(transactions, cases, search, COMMON_STATUS);
    }

    /** With another threshold for a common status (a test needs no ten thousand cases to reach it). */
    JooqCaseQueries(Database transactions, JooqCaseRepository cases, CaseTextSearch search, int commonStatus) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.search = Objects.requireNonNull(search, "search");
        this.commonStatus = commonStatus;
    }

    @Override
    public long count(CaseQuery query) {
        return dsl().fetchCount(BREACH_CASE, where(query, false));
    }

    /**
     * Two steps: the ids of the page, in order (only indexed columns, so that SQLite walks an index and stops
     * at the page's end), then those rows with their band, next clock and jurisdictions (sub-selects that
     * would otherwise run for every case before the sort).
     */
    @Override
    public List<CaseRow> page(CaseQuery query, long offset, int limit) {
        DSLContext dsl = dsl();
        List<Long> ids = pageIds(dsl, query, offset, limit).fetch(BREACH_CASE.ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CaseRow> byId = new java.util.HashMap<>();
        dsl.select(BREACH_CASE.ID, BREACH_CASE.REF_YEAR, BREACH_CASE.REF_SEQ, BREACH_CASE.TITLE,
                        BREACH_CASE.STATUS, BREACH_CASE.OWNER, BREACH_CASE.AWARE_AT, BAND, CASE_NEXT_CLOCK.RULE_ID,
                        CASE_NEXT_CLOCK.DUE_AT, JURISDICTIONS)
                .from(BREACH_CASE)
                .leftJoin(CASE_NEXT_CLOCK).on(CASE_NEXT_CLOCK.CASE_ID.eq(BREACH_CASE.ID))
                .where(BREACH_CASE.ID.in(ids))
                .forEach(r -> byId.put(r.get(BREACH_CASE.ID), row(r)));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The first step of {@link #page}: the ids of the page's cases in the list's order. */
    ResultQuery<Record1<Long>> pageIds(DSLContext dsl, CaseQuery query, long offset, int limit) {
        return dsl.select(BREACH_CASE.ID)
                .from(BREACH_CASE)
                .where(where(query, true))
                .orderBy(order(query))
                .limit(limit)
                .offset(offset);
    }

    @Override
    public void forEach(CaseQuery query, Consumer<BreachCase> sink) {
        forEach(query, sink, null);
    }

    @Override
    public void forEach(CaseQuery query, Consumer<BreachCase> sink, Consumer<UnreadableRecord> unreadable) {
        DSLContext dsl = dsl();
        try (Cursor<Record1<Long>> rows = dsl.select(BREACH_CASE.ID).from(BREACH_CASE)
                .where(where(query, false)).orderBy(order(query)).fetchLazy()) {
            List<Long> batch = new ArrayList<>(BATCH);
            while (rows.hasNext()) {
                batch.add(rows.fetchNext().value1());
                if (batch.size() == BATCH) {
                    emit(batch, sink, unreadable);
                    batch.clear();
                }
            }
            emit(batch, sink, unreadable);
        }
    }

    /** Loads a batch whole (one query per table) and hands it on in the cursor's order. */
    private void emit(List<Long> ids, Consumer<BreachCase> sink, Consumer<UnreadableRecord> unreadable) {
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, BreachCase> byId = new java.util.HashMap<>();
        for (BreachCase c : cases.load(BREACH_CASE.ID.in(ids), List.of(BREACH_CASE.ID.asc()), null, unreadable)) {
            byId.put(c.id(), c);
        }
        for (Long id : ids) {
            BreachCase c = byId.get(id);
            if (c != null) {
                sink.accept(c);
            }
        }
    }

    @Override
    public CaseFigures figures(Instant now, Instant yearStart, Instant yearEnd, JurisdictionCoverage coverage) {
        DSLContext dsl = dsl();
        Map<CaseStatus, Long> open = new EnumMap<>(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            if (!status.isClosed()) {
                open.put(status, 0L);
            }
        }
        dsl.select(BREACH_CASE.STATUS, DSL.count()).from(BREACH_CASE)
                .where(BREACH_CASE.STATUS.in(StoredCodes.OPEN_STATUSES))
                .groupBy(BREACH_CASE.STATUS)
                .forEach(r -> open.put(StoredCodes.decode(CaseStatus.class, r.value1(), "status"), r.value2().longValue()));
        long opened = dsl.fetchCount(BREACH_CASE,
                BREACH_CASE.CREATED_AT.ge(yearStart).and(BREACH_CASE.CREATED_AT.lt(yearEnd)));
        // closed_at is set only while a case is closed (the repository clears it on reopening), so the closing
        // date alone answers, along its own index, without reading the rows of every closed case for their status
        long closed = dsl.fetchCount(BREACH_CASE,
                BREACH_CASE.CLOSED_AT.ge(yearStart).and(BREACH_CASE.CLOSED_AT.lt(yearEnd)));
        List<CaseRow> recent = recentlyAware();
        Condition legalRunning = CASE_CLOCK.LEGAL.isTrue().and(CASE_CLOCK.STATE.eq("running"));
        long overdue = dsl.fetchCount(CASE_CLOCK, legalRunning.and(CASE_CLOCK.DUE_AT.lt(now)));
        long dueSoon = dsl.fetchCount(CASE_CLOCK, legalRunning.and(CASE_CLOCK.DUE_AT.ge(now))
                .and(CASE_CLOCK.DUE_AT.lt(now.plus(Duration.ofHours(24)))));
        long dueIn3Days = dsl.fetchCount(CASE_CLOCK, legalRunning.and(CASE_CLOCK.DUE_AT.ge(now))
                .and(CASE_CLOCK.DUE_AT.lt(now.plus(Duration.ofHours(72)))));
        return new CaseFigures(open, opened, closed, recent, overdue, dueSoon, dueIn3Days,
                countOpenWithoutClock(dsl, coverage));
    }

    /**
     * Open cases none of whose jurisdictions a rule covers (or that have none): one probe of the jurisdiction
     * rows' primary key per open case.
     */
    private static long countOpenWithoutClock(DSLContext dsl, JurisdictionCoverage coverage) {
        return dsl.fetchCount(BREACH_CASE, BREACH_CASE.STATUS.in(StoredCodes.OPEN_STATUSES)
                .and(withoutClock(coverage)));
    }

    /**
     * The open cases most recently aware: read along the awareness index (most cases are open, so a few
     * dozen rows hold them), falling back to the filtered query when they do not.
     */
    private List<CaseRow> recentlyAware() {
        int look = CaseFigures.RECENT * 10;
        List<CaseRow> newest = page(CaseQuery.ALL.sortedBy(CaseSort.AWARE_AT, true), 0, look);
        List<CaseRow> open = newest.stream().filter(row -> !row.status().isClosed()).limit(CaseFigures.RECENT)
                .toList();
        if (open.size() == CaseFigures.RECENT || newest.size() < look) {
            return open;
        }
        return page(CaseQuery.open().sortedBy(CaseSort.AWARE_AT, true), 0, CaseFigures.RECENT);
    }

    private Condition where(CaseQuery query, boolean forPage) {
        Condition where = DSL.noCondition();
        if (!query.statuses().isEmpty()) {
            where = where.and(BREACH_CASE.STATUS.in(query.statuses().stream().map(StoredCodes::encode).toList()));
        }
        if (query.owner() != null) {
            where = where.and(BREACH_CASE.OWNER.eq(query.owner()));
        }
        if (query.assignedTo() != null) {
            // the reviewer's few assignments drive the query (index on login, case_id), not every case
            where = where.and(BREACH_CASE.ID.in(DSL.select(CASE_ASSIGNMENT.CASE_ID).from(CASE_ASSIGNMENT)
                    .where(CASE_ASSIGNMENT.LOGIN.eq(query.assignedTo()))));
        }
        if (query.jurisdiction() != null) {
            where = where.and(DSL.exists(DSL.selectOne().from(CASE_CLASSIFICATION)
                    .where(CASE_CLASSIFICATION.CASE_ID.eq(BREACH_CASE.ID))
                    .and(CASE_CLASSIFICATION.KIND.eq(JURISDICTION))
                    .and(CASE_CLASSIFICATION.CODE.eq(query.jurisdiction()))));
        }
        for (CaseQuery.Term term : query.terms()) {
            where = where.and(matches(term, forPage));
        }
        if (!query.bands().isEmpty()) {
            where = where.and(LATEST_BAND.in(query.bands().stream().map(StoredCodes::encode).toList()));
        }
        if (!query.mentions().isEmpty()) {
            where = where.and(search.mentions(BREACH_CASE.ID, query.mentions()));
        }
        if (query.clocks() instanceof CaseQuery.LegalDue due) {
            Condition clock = CASE_CLOCK.LEGAL.isTrue().and(CASE_CLOCK.STATE.eq("running"));
            if (due.from() != null) {
                clock = clock.and(CASE_CLOCK.DUE_AT.ge(due.from()));
            }
            if (due.to() != null) {
                clock = clock.and(CASE_CLOCK.DUE_AT.lt(due.to()));
            }
            // the clock index holds open cases only
            where = where.and(BREACH_CASE.ID.in(DSL.select(CASE_CLOCK.CASE_ID).from(CASE_CLOCK).where(clock)));
        } else if (query.clocks() instanceof CaseQuery.NoClock noClock) {
            where = where.and(BREACH_CASE.STATUS.in(StoredCodes.OPEN_STATUSES)).and(withoutClock(noClock.coverage()));
        }
        return where;
    }

    /** No jurisdiction of the case is one a rule covers (or it has none). */
    private static Condition withoutClock(JurisdictionCoverage coverage) {
        Condition covered = CASE_CLASSIFICATION.CODE.in(coverage.codes())
                .or(DSL.length(CASE_CLASSIFICATION.CODE).gt(2)
                        .and(DSL.substring(CASE_CLASSIFICATION.CODE, 1, 2).in(coverage.allSubdivisionsOf())));
        return DSL.notExists(DSL.selectOne().from(CASE_CLASSIFICATION)
                .where(CASE_CLASSIFICATION.CASE_ID.eq(BREACH_CASE.ID))
                .and(CASE_CLASSIFICATION.KIND.eq(JURISDICTION))
                .and(covered));
    }

    /** A term matches the reference, title, owner or a jurisdiction code (ignoring case), or one of its statuses. */
    private Condition matches(CaseQuery.Term term, boolean forPage) {
        String text = term.text();
        Condition any = search.contains(dsl(), BREACH_CASE.ID, text, forPage).orElseGet(() -> scanned(text));
        if (!term.statuses().isEmpty()) {
            List<String> codes = term.statuses().stream().map(StoredCodes::encode).toList();
            // Tested as it stands, the status lets the engine collect every case of those statuses along the status
            // index and sort them all before the page (at a million cases, half a second for "investigating"). When
            // they are many, a page is found sooner by walking the list's own index and testing each case, so the
            // page query tests a copy of the column that no index serves. When they are few, collecting them is
            // the quicker way, and a walk could read every case before it found them.
            Field<String> status = forPage && common(codes) ? BREACH_CASE.STATUS.concat("") : BREACH_CASE.STATUS;
            any = any.or(status.in(codes));
        }
        return any;
    }

    /** True when many cases have one of the statuses (counted along the status index, up to the threshold). */
    private boolean common(List<String> statusCodes) {
        return dsl().fetchCount(DSL.selectOne().from(BREACH_CASE).where(BREACH_CASE.STATUS.in(statusCodes))
                .limit(commonStatus)) >= commonStatus;
    }

    /** A word too short for the text index: the columns themselves are read. */
    private static Condition scanned(String text) {
        return BREACH_CASE.REFERENCE.containsIgnoreCase(text)
                .or(BREACH_CASE.TITLE.containsIgnoreCase(text))
                .or(BREACH_CASE.OWNER.containsIgnoreCase(text))
                .or(DSL.exists(DSL.selectOne().from(CASE_CLASSIFICATION)
                        .where(CASE_CLASSIFICATION.CASE_ID.eq(BREACH_CASE.ID))
                        .and(CASE_CLASSIFICATION.KIND.eq(JURISDICTION))
                        .and(CASE_CLASSIFICATION.CODE.containsIgnoreCase(text))));
    }

    /**
     * Every sort reads one index of {@code breach_case} (see migrations V7 and V10) forwards or backwards: its
     * column, then the reference as the tie-breaker, so that a page is read without sorting every case.
     */
    private static List<OrderField<?>> order(CaseQuery query) {
        boolean desc = query.descending();
        List<OrderField<?>> order = new ArrayList<>();
        switch (query.sort()) {
            case REFERENCE -> {
                // the tie-breaker below is the order itself
            }
            case TITLE -> order.add(desc ? BREACH_CASE.TITLE.desc() : BREACH_CASE.TITLE.asc());
            // the workflow order (NEW first), which the repository stores with the status
            case STATUS -> order.add(desc ? BREACH_CASE.STATUS_RANK.desc() : BREACH_CASE.STATUS_RANK.asc());
            // a sort key per direction that puts cases with no running clock last in both
            case NEXT_DEADLINE -> order.add(desc ? BREACH_CASE.NEXT_DUE_SORT_DESC.desc()
                    : BREACH_CASE.NEXT_DUE_SORT_ASC.asc());
            case AWARE_AT -> order.add(desc ? BREACH_CASE.AWARE_AT.desc() : BREACH_CASE.AWARE_AT.asc());
            // SQLite puts NULL first ascending and last descending, which is also the index's order
            case OWNER -> order.add(desc ? BREACH_CASE.OWNER.desc() : BREACH_CASE.OWNER.asc());
        }
        // ties follow the direction of the sort (by next deadline: newest first in both directions)
        boolean refDesc = query.sort() == CaseSort.NEXT_DEADLINE || desc;
        order.add(refDesc ? BREACH_CASE.REF_YEAR.desc() : BREACH_CASE.REF_YEAR.asc());
        order.add(refDesc ? BREACH_CASE.REF_SEQ.desc() : BREACH_CASE.REF_SEQ.asc());
        return order;
    }

    private static CaseRow row(Record r) {
        String band = r.get(BAND);
        return new CaseRow(r.get(BREACH_CASE.ID), new CaseReference(r.get(BREACH_CASE.REF_YEAR), r.get(BREACH_CASE.REF_SEQ)),
                r.get(BREACH_CASE.TITLE), StoredCodes.decode(CaseStatus.class, r.get(BREACH_CASE.STATUS), "status"), r.get(BREACH_CASE.OWNER),
                r.get(BREACH_CASE.AWARE_AT), band == null ? null : StoredCodes.decode(SeverityBand.class, band, "band"),
                r.get(CASE_NEXT_CLOCK.RULE_ID), r.get(CASE_NEXT_CLOCK.DUE_AT), joined(r.get(JURISDICTIONS)));
    }

    /** SQLite's group_concat joins with a bare comma; codes never hold one. */
    private static String joined(String codes) {
        return codes == null ? "" : String.join(", ", codes.split(","));
    }

    private DSLContext dsl() {
        return transactions.dsl("the case lists");
    }
}
