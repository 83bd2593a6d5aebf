package org.trustcase.persistence.caseclocks;

import static org.trustcase.persistence.jooq.Tables.BREACH_CASE;
import static org.trustcase.persistence.jooq.Tables.CASE_CLOCK;
import static org.trustcase.persistence.jooq.Tables.CASE_NEXT_CLOCK;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.impl.DSL;
import org.trustcase.model.caseclocks.AlertCrossings;
import org.trustcase.model.caseclocks.AlertWindow;
import org.trustcase.model.caseclocks.ClockIndex;
import org.trustcase.model.caseclocks.ClockListing;
import org.trustcase.model.caseclocks.DeadlineQueries;
import org.trustcase.model.caseclocks.IndexedClock;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.persistence.cases.CaseIds;
import org.trustcase.persistence.meta.JooqWorkspaceMeta;
import org.trustcase.persistence.database.Database;

/**
 * The deadline index in {@code case_clock} (every clock still to be met) and {@code case_next_clock}
 * (each case's earliest running one), and the queries over it. Instants are fixed-width UTC text,
 * so comparing them as text compares them in time. Triggers copy each case's next due instant into
 * the case's sort keys for the cases list (migration V10).
 */
public final class JooqClockIndex implements ClockIndex, DeadlineQueries {
    private static final String RUNNING = "running";
    private static final String WAITING = "waiting";
    /** Rows written per INSERT statement in a rebuild (well under SQLite's bound-parameter limit). */
    private static final int ROWS_PER_INSERT = 400;

    private final Database transactions;
    private final JooqWorkspaceMeta meta;

    public JooqClockIndex(Database transactions, JooqWorkspaceMeta meta) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.meta = Objects.requireNonNull(meta, "meta");
    }

    @Override
    public void replace(CaseReference reference, List<IndexedClock> clocks) {
        DSLContext dsl = dsl();
        Long id = dsl.select(BREACH_CASE.ID).from(BREACH_CASE).where(BREACH_CASE.REFERENCE.eq(reference.toString()))
                .fetchOne(BREACH_CASE.ID);
        if (id == null) {
            if (clocks.isEmpty()) {
                return;
            }
            CaseIds.of(dsl, reference);
        }
        replaceAll(Map.of(id, clocks));
    }

    @Override
    public void replaceAll(Map<Long, List<IndexedClock>> clocksByCaseId) {
        if (clocksByCaseId.isEmpty()) {
            return;
        }
        DSLContext dsl = dsl();
        Collection<Long> ids = clocksByCaseId.keySet();
        dsl.deleteFrom(CASE_CLOCK).where(CASE_CLOCK.CASE_ID.in(ids)).execute();
        dsl.deleteFrom(CASE_NEXT_CLOCK).where(CASE_NEXT_CLOCK.CASE_ID.in(ids)).execute();
        var clockRows = new ArrayList<org.jooq.Row5<Long, String, String, Boolean, Instant>>();
        var nextRows = new ArrayList<org.jooq.Row3<Long, String, Instant>>();
        clocksByCaseId.forEach((caseId, clocks) -> {
            for (IndexedClock k : clocks) {
                clockRows.add(DSL.row(caseId, k.ruleId(), k.running() ? RUNNING : WAITING, k.legal(), k.dueAt()));
            }
            clocks.stream().filter(IndexedClock::running)
                    .min(Comparator.comparing(IndexedClock::dueAt).thenComparing(IndexedClock::ruleId))
                    .ifPresent(next -> nextRows.add(DSL.row(caseId, next.ruleId(), next.dueAt())));
        });
        for (int from = 0; from < clockRows.size(); from += ROWS_PER_INSERT) {
            dsl.insertInto(CASE_CLOCK, CASE_CLOCK.CASE_ID, CASE_CLOCK.RULE_ID, CASE_CLOCK.STATE, CASE_CLOCK.LEGAL,
                            CASE_CLOCK.DUE_AT)
                    .valuesOfRows(clockRows.subList(from, Math.min(clockRows.size(), from + ROWS_PER_INSERT)))
                    .execute();
        }
        for (int from = 0; from < nextRows.size(); from += ROWS_PER_INSERT) {
            dsl.insertInto(CASE_NEXT_CLOCK, CASE_NEXT_CLOCK.CASE_ID, CASE_NEXT_CLOCK.RULE_ID, CASE_NEXT_CLOCK.DUE_AT)
                    .valuesOfRows(nextRows.subList(from, Math.min(nextRows.size(), from + ROWS_PER_INSERT)))
                    .execute();
        }
    }

    @Override
    public void clear() {
        DSLContext dsl = dsl();
        dsl.deleteFrom(CASE_CLOCK).execute();
        dsl.deleteFrom(CASE_NEXT_CLOCK).execute();
    }

    @Override
    public Optional<String> rulesFingerprint() {
        return meta.get(JooqWorkspaceMeta.CLOCK_INDEX_RULES).filter(value -> !value.isEmpty());
    }

    @Override
    public void rulesFingerprint(String fingerprint) {
        meta.put(JooqWorkspaceMeta.CLOCK_INDEX_RULES, fingerprint);
    }

    @Override
    public long countRunning() {
        return dsl().fetchCount(CASE_CLOCK, CASE_CLOCK.STATE.eq(RUNNING));
    }

    @Override
    public long countOverdue(Instant now, boolean legalOnly) {
        Condition overdue = CASE_CLOCK.STATE.eq(RUNNING).and(CASE_CLOCK.DUE_AT.lt(now));
        return dsl().fetchCount(CASE_CLOCK, legalOnly ? CASE_CLOCK.LEGAL.isTrue().and(overdue) : overdue);
    }

    @Override
    public long countWaiting() {
        return dsl().fetchCount(CASE_CLOCK, CASE_CLOCK.STATE.eq(WAITING));
    }

    @Override
    public List<ClockListing> page(boolean withWaiting, long offset, int limit) {
        List<ClockListing> page = new ArrayList<>(listing(CASE_CLOCK.STATE.eq(RUNNING), offset, limit));
        if (withWaiting && page.size() < limit) {
            long skipWaiting = Math.max(0, offset - countRunning());
            page.addAll(listing(CASE_CLOCK.STATE.eq(WAITING), skipWaiting, limit - page.size()));
        }
        return page;
    }

    @Override
    public AlertCrossings entered(AlertWindow window, Instant since, Instant now, int sample) {
        Condition in = CASE_CLOCK.LEGAL.isTrue().and(CASE_CLOCK.STATE.eq(RUNNING));
        if (window == AlertWindow.PASSED) {
            in = in.and(CASE_CLOCK.DUE_AT.lt(now));
            if (since != null) {
                in = in.and(CASE_CLOCK.DUE_AT.ge(since));
            }
        } else {
            in = in.and(CASE_CLOCK.DUE_AT.le(now.plus(window.before())));
            AlertWindow urgent = window.moreUrgent();
            in = urgent == AlertWindow.PASSED ? in.and(CASE_CLOCK.DUE_AT.ge(now))
                    : in.and(CASE_CLOCK.DUE_AT.gt(now.plus(urgent.before())));
            if (since != null) {
                in = in.and(CASE_CLOCK.DUE_AT.gt(since.plus(window.before())));
            }
        }
        long count = dsl().fetchCount(CASE_CLOCK, in);
        List<ClockListing> first = count == 0 || sample == 0 ? List.of() : listing(in, 0, sample);
        return new AlertCrossings(window, count, first);
    }

    private List<ClockListing> listing(Condition which, long offset, int limit) {
        return dsl().select(BREACH_CASE.REFERENCE, BREACH_CASE.TITLE, CASE_CLOCK.RULE_ID, CASE_CLOCK.LEGAL,
                        CASE_CLOCK.DUE_AT)
                .from(CASE_CLOCK)
                .join(BREACH_CASE).on(BREACH_CASE.ID.eq(CASE_CLOCK.CASE_ID))
                .where(which)
                .orderBy(CASE_CLOCK.DUE_AT.asc(), BREACH_CASE.REF_YEAR.asc(), BREACH_CASE.REF_SEQ.asc(),
                        CASE_CLOCK.RULE_ID.asc())
                .limit(limit)
                .offset(offset)
                .fetch(JooqClockIndex::listing);
    }

    private static ClockListing listing(Record5<String, String, String, Boolean, Instant> r) {
        return new ClockListing(CaseReference.parse(r.value1()), r.value2(), r.value3(), r.value4(), r.value5());
    }

    private DSLContext dsl() {
        return transactions.dsl("the deadline index");
    }
}
