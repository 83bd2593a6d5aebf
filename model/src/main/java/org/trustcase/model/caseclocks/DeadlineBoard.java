package org.trustcase.model.caseclocks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.model.deadlines.DeadlineClock;

/**
 * The read use cases of deadlines across open cases: counts, a page of the list (ordered by the
 * deadline index, each clock computed again from its case's facts), the legal clocks that entered an
 * alert window, and the index's upkeep when the rules change.
 */
public final class DeadlineBoard {
    private final DeadlineQueries queries;
    private final ClockIndexer indexer;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final AccessControl access;

    public DeadlineBoard(DeadlineQueries queries, ClockIndexer indexer,
            TransactionRunner transactions, Clock clock, AccessControl access) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.indexer = Objects.requireNonNull(indexer, "indexer");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.access = Objects.requireNonNull(access, "access");
    }

    public DeadlineCounts counts() {
        access.require(UseCase.DEADLINE_COUNTS, null);
        Instant now = clock.instant();
        return transactions.read(() -> new DeadlineCounts(queries.countRunning(),
                queries.countOverdue(now, false), queries.countWaiting()));
    }

    /**
     * Rows {@code offset}… of the list: running clocks by due instant (overdue first), then the waiting
     * ones when asked. A clock the index lists but the facts no longer give (changed meanwhile) is left out.
     */
    public List<DeadlineRow> page(boolean withWaiting, long offset, int limit) {
        access.require(UseCase.DEADLINE_LIST, null);
        return rows(transactions.read(() -> queries.page(withWaiting, offset, limit)));
    }

    /** The listed clocks, each computed now from its case's facts (those no longer given are left out). */
    public List<DeadlineRow> rowsOf(List<ClockListing> listed) {
        access.require(UseCase.DEADLINE_ROWS, null);
        return rows(listed);
    }

    private List<DeadlineRow> rows(List<ClockListing> listed) {
        List<CaseReference> references = listed.stream().map(ClockListing::reference).distinct().toList();
        Map<CaseReference, CaseDeadlines> computed = transactions.read(() -> indexer.clocksOf(references));
        List<DeadlineRow> rows = new ArrayList<>(listed.size());
        for (ClockListing listing : listed) {
            CaseDeadlines c = computed.get(listing.reference());
            if (c == null) {
                continue;
            }
            for (DeadlineClock k : c.clocks()) {
                if (k.rule().id().equals(listing.ruleId())) {
                    rows.add(new DeadlineRow(listing, k));
                }
            }
        }
        return rows;
    }

    /**
     * For each alert window, the legal clocks that entered it since {@code since} (null at the first
     * look), with up to {@code sample} of them in full.
     */
    public List<AlertCrossings> entered(Instant since, Instant now, int sample) {
        access.require(UseCase.DEADLINE_ALERTS, null);
        return transactions.read(() -> {
            List<AlertCrossings> result = new ArrayList<>();
            for (AlertWindow window : AlertWindow.values()) {
                result.add(queries.entered(window, since, now, sample));
            }
            return result;
        });
    }

    /** True when the deadline index was built with the rules in use. */
    public boolean indexIsCurrent() {
        access.require(UseCase.DEADLINE_INDEX_CHECK, null);
        return transactions.read(indexer::isCurrent);
    }

    /** Marks the index as built with the rules in use (every case was indexed by the use cases that made it). */
    public void markIndexCurrent() {
        access.require(UseCase.DEADLINE_INDEX_MARK, null);
        transactions.inTransaction(() -> {
            indexer.markCurrent();
            return null;
        });
    }

    /** Rebuilds the deadline index (after a change of the rules); a long job. */
    public boolean rebuildIndex(ClockIndexer.Progress progress) {
        access.require(UseCase.DEADLINE_INDEX_REBUILD, null);
        return indexer.rebuild(transactions, progress);
    }
}
