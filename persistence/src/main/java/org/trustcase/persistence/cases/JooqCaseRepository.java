package org.trustcase.persistence.cases;

import static org.trustcase.persistence.jooq.Tables.BREACH_CASE;
import static org.trustcase.persistence.jooq.Tables.CASE_CLASSIFICATION;
import static org.trustcase.persistence.jooq.Tables.CASE_PARTY;
import static org.trustcase.persistence.jooq.Tables.CASE_REFERENCE_COUNTER;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.ConcurrentChangeException;
import org.trustcase.model.common.UnreadableRecord;
import org.trustcase.persistence.database.Database;
import org.trustcase.persistence.jooq.tables.records.BreachCaseRecord;
import org.trustcase.persistence.jooq.tables.records.CaseClassificationRecord;
import org.trustcase.persistence.jooq.tables.records.CasePartyRecord;

/**
 * Cases in {@code breach_case} with their classifications and parties in child tables. Reads
 * take three queries however many cases they return: the cases, then their classifications, then
 * their parties, grouped in memory. Only bounded sets are read whole (a page, a batch); lists are
 * {@code JooqCaseQueries}. Reference numbers come from the per-year {@code case_reference_counter}.
 */
public final class JooqCaseRepository implements CaseRepository {
    private final Database transactions;

    public JooqCaseRepository(Database transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public CaseReference nextReference(int year) {
        DSLContext dsl = dsl();
        // creates the year's counter or touches it: either way this transaction now holds the row
        // until it ends, so a concurrent writer asking for the same year waits for it
        dsl.insertInto(CASE_REFERENCE_COUNTER, CASE_REFERENCE_COUNTER.REF_YEAR, CASE_REFERENCE_COUNTER.LAST_SEQ)
                .values(year, 0)
                .onConflict(CASE_REFERENCE_COUNTER.REF_YEAR)
                .doUpdate()
                .set(CASE_REFERENCE_COUNTER.LAST_SEQ, CASE_REFERENCE_COUNTER.LAST_SEQ)
                .execute();
        int last = dsl.select(CASE_REFERENCE_COUNTER.LAST_SEQ)
                .from(CASE_REFERENCE_COUNTER)
                .where(CASE_REFERENCE_COUNTER.REF_YEAR.eq(year))
                .fetchSingle(CASE_REFERENCE_COUNTER.LAST_SEQ);
        return new CaseReference(year, last + 1);
    }

    @Override
    public BreachCase insert(CaseReference reference, CaseDetails details, CaseStatus status, Instant at) {
        BreachCase created = new BreachCase(0, reference, details, status, null, 1L, at, at);
        long id = write(created, status.isClosed() ? at : null);
        return new BreachCase(id, reference, details, status, null, 1L, at, at);
    }

    /**
     * Stores a case as it stands elsewhere (its version, status reason and times kept; its id given by the
     * database), with the instant it entered its closed status, if it is closed; returns the new id.
     * For writing cases made outside this database, such as a generator's staged batch.
     */
    public long restore(BreachCase whole, Instant closedAt) {
        return write(whole, closedAt);
    }

    private long write(BreachCase c, Instant closedAt) {
        DSLContext dsl = dsl();
        BreachCaseRecord row = CaseRows.setEditableColumns(dsl.newRecord(BREACH_CASE), c.details(), c.status(),
                c.statusReason());
        CaseReference reference = c.reference();
        row.setRefYear(reference.year());
        row.setRefSeq(reference.sequence());
        row.setReference(reference.toString());
        row.setVersion(c.version());
        row.setCreatedAt(c.createdAt());
        row.setUpdatedAt(c.updatedAt());
        row.setClosedAt(closedAt);
        Long id = dsl.insertInto(BREACH_CASE).set(row).returningResult(BREACH_CASE.ID).fetchOne(BREACH_CASE.ID);
        advanceCounter(dsl, reference);
        writeClassifications(dsl, id, CaseRows.classificationRows(c.details()));
        writeParties(dsl, id, CaseRows.partyRows(c.details()));
        return id;
    }

    @Override
    public BreachCase update(BreachCase changed) {
        DSLContext dsl = dsl();
        BreachCaseRecord row = CaseRows.setEditableColumns(dsl.newRecord(BREACH_CASE), changed.details(),
                changed.status(), changed.statusReason());
        row.setUpdatedAt(changed.updatedAt());
        int updated = dsl.update(BREACH_CASE)
                .set(row)
                // the instant it entered a closed status; kept while it stays closed, cleared when reopened
                .set(BREACH_CASE.CLOSED_AT, changed.status().isClosed()
                        ? DSL.coalesce(BREACH_CASE.CLOSED_AT, DSL.val(changed.updatedAt(), BREACH_CASE.CLOSED_AT))
                        : DSL.val((Instant) null, BREACH_CASE.CLOSED_AT))
                .set(BREACH_CASE.VERSION, BREACH_CASE.VERSION.plus(1L))
                .where(BREACH_CASE.ID.eq(changed.id()))
                .and(BREACH_CASE.VERSION.eq(changed.version()))
                .execute();
        if (updated == 0) {
            throw refusal(dsl, changed);
        }
        rewriteChildren(dsl, changed.id(), changed.details());
        return new BreachCase(changed.id(), changed.reference(), changed.details(), changed.status(),
                changed.statusReason(), changed.version() + 1, changed.createdAt(), changed.updatedAt());
    }

    @Override
    public Optional<BreachCase> find(CaseReference reference) {
        return load(BREACH_CASE.REF_YEAR.eq(reference.year()).and(BREACH_CASE.REF_SEQ.eq(reference.sequence())),
                        List.of(BREACH_CASE.ID.asc()), null)
                .stream()
                .findFirst();
    }

    @Override
    public List<BreachCase> find(Collection<CaseReference> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return load(BREACH_CASE.REFERENCE.in(references.stream().map(CaseReference::toString).toList()),
                List.of(BREACH_CASE.REF_YEAR.desc(), BREACH_CASE.REF_SEQ.desc()), null);
    }

    @Override
    public List<BreachCase> findOpen(long afterId, int limit) {
        return load(BREACH_CASE.ID.gt(afterId).and(BREACH_CASE.STATUS.in(StoredCodes.OPEN_STATUSES)),
                List.of(BREACH_CASE.ID.asc()), limit);
    }

    @Override
    public List<BreachCase> findAware(java.time.Instant from, java.time.Instant to, long afterId, int limit) {
        return load(BREACH_CASE.ID.gt(afterId).and(BREACH_CASE.AWARE_AT.ge(from)).and(BREACH_CASE.AWARE_AT.lt(to)),
                List.of(BREACH_CASE.ID.asc()), limit);
    }

    @Override
    public long countOpen() {
        return dsl().fetchCount(BREACH_CASE, BREACH_CASE.STATUS.in(StoredCodes.OPEN_STATUSES));
    }

    /** The cases of {@code which} in {@code order}, whole; children read with one query each. */
    public List<BreachCase> load(Condition which, List<? extends org.jooq.OrderField<?>> order, Integer limit) {
        return load(which, order, limit, null);
    }

    /**
     * Like {@link #load(Condition, List, Integer)}; with {@code unreadable} given, a case that cannot be read
     * (a code no longer known, say) is handed to it and left out instead of failing the whole batch.
     */
    public List<BreachCase> load(Condition which, List<? extends org.jooq.OrderField<?>> order, Integer limit,
            Consumer<UnreadableRecord> unreadable) {
        DSLContext dsl = dsl();
        var select = dsl.selectFrom(BREACH_CASE).where(which).orderBy(order);
        Result<BreachCaseRecord> rows = limit == null ? select.fetch() : select.limit(limit).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        // the ids of this batch only (a page or a batch: a few hundred at most)
        List<Long> caseIds = rows.stream().map(BreachCaseRecord::getId).toList();
        Map<Long, Result<CaseClassificationRecord>> classifications = dsl.selectFrom(CASE_CLASSIFICATION)
                .where(CASE_CLASSIFICATION.CASE_ID.in(caseIds))
                .orderBy(CASE_CLASSIFICATION.CASE_ID, CASE_CLASSIFICATION.KIND, CASE_CLASSIFICATION.POSITION)
                .fetchGroups(CASE_CLASSIFICATION.CASE_ID);
        Map<Long, Result<CasePartyRecord>> parties = dsl.selectFrom(CASE_PARTY)
                .where(CASE_PARTY.CASE_ID.in(caseIds))
                .orderBy(CASE_PARTY.CASE_ID, CASE_PARTY.POSITION)
                .fetchGroups(CASE_PARTY.CASE_ID);
        List<BreachCase> cases = new ArrayList<>(rows.size());
        for (BreachCaseRecord row : rows) {
            try {
                cases.add(CaseRows.toCase(row,
                        classifications.getOrDefault(row.getId(), emptyClassifications(dsl)),
                        parties.getOrDefault(row.getId(), emptyParties(dsl))));
            } catch (RuntimeException e) {
                if (unreadable == null) {
                    throw e;
                }
                unreadable.accept(new UnreadableRecord(String.valueOf(row.getReference()), String.valueOf(e.getMessage())));
            }
        }
        return cases;
    }

    /** Marks the reference's number as used; a number given explicitly (not from nextReference) counts too. */
    private static void advanceCounter(DSLContext dsl, CaseReference reference) {
        dsl.insertInto(CASE_REFERENCE_COUNTER, CASE_REFERENCE_COUNTER.REF_YEAR, CASE_REFERENCE_COUNTER.LAST_SEQ)
                .values(reference.year(), reference.sequence())
                .onConflict(CASE_REFERENCE_COUNTER.REF_YEAR)
                .doUpdate()
                .set(CASE_REFERENCE_COUNTER.LAST_SEQ,
                        DSL.greatest(CASE_REFERENCE_COUNTER.LAST_SEQ, DSL.excluded(CASE_REFERENCE_COUNTER.LAST_SEQ)))
                .execute();
    }

    private static Result<CaseClassificationRecord> emptyClassifications(DSLContext dsl) {
        return dsl.newResult(CASE_CLASSIFICATION);
    }

    private static Result<CasePartyRecord> emptyParties(DSLContext dsl) {
        return dsl.newResult(CASE_PARTY);
    }

    /**
     * Replaces the child rows that differ from the stored ones. Most updates (a status move, an event) leave
     * them as they are, and rewriting them would also rewrite the case's search document through its triggers.
     */
    private static void rewriteChildren(DSLContext dsl, long caseId, CaseDetails details) {
        List<CaseRows.ClassificationRow> classifications = CaseRows.classificationRows(details);
        Set<CaseRows.ClassificationRow> storedClassifications = new HashSet<>(dsl
                .select(CASE_CLASSIFICATION.KIND, CASE_CLASSIFICATION.CODE, CASE_CLASSIFICATION.POSITION)
                .from(CASE_CLASSIFICATION)
                .where(CASE_CLASSIFICATION.CASE_ID.eq(caseId))
                .fetch(r -> new CaseRows.ClassificationRow(r.value1(), r.value2(), r.value3())));
        if (!storedClassifications.equals(new HashSet<>(classifications))) {
            dsl.deleteFrom(CASE_CLASSIFICATION).where(CASE_CLASSIFICATION.CASE_ID.eq(caseId)).execute();
            writeClassifications(dsl, caseId, classifications);
        }
        List<CaseRows.PartyRow> parties = CaseRows.partyRows(details);
        Set<CaseRows.PartyRow> storedParties = new HashSet<>(dsl
                .select(CASE_PARTY.POSITION, CASE_PARTY.ROLE, CASE_PARTY.NAME)
                .from(CASE_PARTY)
                .where(CASE_PARTY.CASE_ID.eq(caseId))
                .fetch(r -> new CaseRows.PartyRow(r.value1(), r.value2(), r.value3())));
        if (!storedParties.equals(new HashSet<>(parties))) {
            dsl.deleteFrom(CASE_PARTY).where(CASE_PARTY.CASE_ID.eq(caseId)).execute();
            writeParties(dsl, caseId, parties);
        }
    }

    private static void writeClassifications(DSLContext dsl, long caseId, List<CaseRows.ClassificationRow> rows) {
        if (!rows.isEmpty()) {
            dsl.insertInto(CASE_CLASSIFICATION, CASE_CLASSIFICATION.CASE_ID, CASE_CLASSIFICATION.KIND,
                            CASE_CLASSIFICATION.CODE, CASE_CLASSIFICATION.POSITION)
                    .valuesOfRows(rows.stream().map(r -> r.of(caseId)).toList())
                    .execute();
        }
    }

    private static void writeParties(DSLContext dsl, long caseId, List<CaseRows.PartyRow> rows) {
        if (!rows.isEmpty()) {
            dsl.insertInto(CASE_PARTY, CASE_PARTY.CASE_ID, CASE_PARTY.POSITION, CASE_PARTY.ROLE, CASE_PARTY.NAME)
                    .valuesOfRows(rows.stream().map(r -> r.of(caseId)).toList())
                    .execute();
        }
    }

    /** Why an update matched no row: the case is gone, or someone else stored a newer version first. */
    private static RuntimeException refusal(DSLContext dsl, BreachCase changed) {
        Long stored = dsl.select(BREACH_CASE.VERSION)
                .from(BREACH_CASE)
                .where(BREACH_CASE.ID.eq(changed.id()))
                .fetchOne(BREACH_CASE.VERSION);
        if (stored == null) {
            return CaseRepository.notFound(changed.reference());
        }
        return new ConcurrentChangeException("case.changed-by-someone-else", changed.reference().toString(),
                changed.version(), stored);
    }

    private DSLContext dsl() {
        return transactions.dsl("the case repository");
    }
}
