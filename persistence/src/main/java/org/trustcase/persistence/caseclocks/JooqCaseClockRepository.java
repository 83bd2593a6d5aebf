package org.trustcase.persistence.caseclocks;

import static org.trustcase.persistence.jooq.Tables.BREACH_CASE;
import static org.trustcase.persistence.jooq.Tables.CASE_EVENT;
import static org.trustcase.persistence.jooq.Tables.CASE_FLAG;
import static org.trustcase.persistence.jooq.Tables.CLOCK_OUTCOME;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.trustcase.model.caseclocks.CaseClockFacts;
import org.trustcase.model.caseclocks.CaseClockRepository;
import org.trustcase.model.caseclocks.ClockOutcome;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.deadlines.DeadlineEvent;
import org.trustcase.persistence.cases.CaseIds;
import org.trustcase.persistence.cases.StoredCodes;
import org.trustcase.persistence.database.Database;

/** Case events, regime flags and clock outcomes; many cases are read with three queries in all. */
public final class JooqCaseClockRepository implements CaseClockRepository {
    private final Database transactions;

    public JooqCaseClockRepository(Database transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public CaseClockFacts facts(CaseReference reference) {
        return facts(List.of(reference)).getOrDefault(reference, CaseClockFacts.NONE);
    }

    @Override
    public Map<CaseReference, CaseClockFacts> facts(List<CaseReference> references) {
        DSLContext dsl = dsl();
        List<String> refs = references.stream().map(CaseReference::toString).toList();
        Map<String, Map<DeadlineEvent, Instant>> events = new HashMap<>();
        dsl.select(BREACH_CASE.REFERENCE, CASE_EVENT.EVENT, CASE_EVENT.OCCURRED_AT)
                .from(CASE_EVENT).join(BREACH_CASE).on(BREACH_CASE.ID.eq(CASE_EVENT.CASE_ID))
                .where(BREACH_CASE.REFERENCE.in(refs))
                .forEach(r -> events.computeIfAbsent(r.value1(), k -> new EnumMap<>(DeadlineEvent.class))
                        .put(StoredCodes.decode(DeadlineEvent.class, r.value2(), "event"), r.value3()));
        Map<String, Set<String>> flags = new HashMap<>();
        dsl.select(BREACH_CASE.REFERENCE, CASE_FLAG.FLAG)
                .from(CASE_FLAG).join(BREACH_CASE).on(BREACH_CASE.ID.eq(CASE_FLAG.CASE_ID))
                .where(BREACH_CASE.REFERENCE.in(refs))
                .forEach(r -> flags.computeIfAbsent(r.value1(), k -> new TreeSet<>()).add(r.value2()));
        // the current outcome of each clock is its latest row; a withdrawn one leaves the clock without any
        Map<String, Map<String, ClockOutcome>> outcomes = new HashMap<>();
        org.trustcase.persistence.jooq.tables.ClockOutcome later = CLOCK_OUTCOME.as("later");
        dsl.select(BREACH_CASE.REFERENCE, CLOCK_OUTCOME.RULE_ID, CLOCK_OUTCOME.KIND, CLOCK_OUTCOME.OUTCOME_AT,
                        CLOCK_OUTCOME.REASON, CLOCK_OUTCOME.RECORDED_BY, CLOCK_OUTCOME.RECORDED_AT,
                        CLOCK_OUTCOME.CORRECTION_REASON)
                .from(CLOCK_OUTCOME).join(BREACH_CASE).on(BREACH_CASE.ID.eq(CLOCK_OUTCOME.CASE_ID))
                .where(BREACH_CASE.REFERENCE.in(refs))
                .andNotExists(DSL.selectOne().from(later).where(later.CASE_ID.eq(CLOCK_OUTCOME.CASE_ID))
                        .and(later.RULE_ID.eq(CLOCK_OUTCOME.RULE_ID)).and(later.SEQ.gt(CLOCK_OUTCOME.SEQ)))
                .forEach(r -> {
                    ClockOutcome outcome = new ClockOutcome(r.value2(),
                            StoredCodes.decode(ClockOutcome.Kind.class, r.value3(), "outcome"), r.value4(), r.value5(),
                            r.value6(), r.value7(), r.value8());
                    Map<String, ClockOutcome> ofCase = outcomes.computeIfAbsent(r.value1(), k -> new HashMap<>());
                    if (outcome.stands()) {
                        ofCase.put(r.value2(), outcome);
                    }
                });
        Map<CaseReference, CaseClockFacts> result = new HashMap<>();
        for (CaseReference reference : references) {
            String key = reference.toString();
            if (events.containsKey(key) || flags.containsKey(key) || outcomes.containsKey(key)) {
                result.put(reference, new CaseClockFacts(events.getOrDefault(key, Map.of()),
                        flags.getOrDefault(key, Set.of()), outcomes.getOrDefault(key, Map.of())));
            }
        }
        return result;
    }

    @Override
    public void putEvent(CaseReference reference, DeadlineEvent event, Instant at) {
        DSLContext dsl = dsl();
        long caseId = CaseIds.of(dsl, reference);
        dsl.insertInto(CASE_EVENT)
                .set(CASE_EVENT.CASE_ID, caseId)
                .set(CASE_EVENT.EVENT, event.code())
                .set(CASE_EVENT.OCCURRED_AT, at)
                .onConflict(CASE_EVENT.CASE_ID, CASE_EVENT.EVENT)
                .doUpdate().set(CASE_EVENT.OCCURRED_AT, at)
                .execute();
    }

    @Override
    public void putFlags(CaseReference reference, Set<String> flags) {
        DSLContext dsl = dsl();
        long caseId = CaseIds.of(dsl, reference);
        dsl.deleteFrom(CASE_FLAG).where(CASE_FLAG.CASE_ID.eq(caseId)).execute();
        for (String flag : flags) {
            dsl.insertInto(CASE_FLAG).set(CASE_FLAG.CASE_ID, caseId).set(CASE_FLAG.FLAG, flag).execute();
        }
    }

    @Override
    public void putOutcome(CaseReference reference, ClockOutcome outcome) {
        DSLContext dsl = dsl();
        long caseId = CaseIds.of(dsl, reference);
        Long last = dsl.select(DSL.max(CLOCK_OUTCOME.SEQ)).from(CLOCK_OUTCOME)
                .where(CLOCK_OUTCOME.CASE_ID.eq(caseId)).and(CLOCK_OUTCOME.RULE_ID.eq(outcome.ruleId()))
                .fetchOne(0, Long.class);
        dsl.insertInto(CLOCK_OUTCOME)
                .set(CLOCK_OUTCOME.CASE_ID, caseId)
                .set(CLOCK_OUTCOME.RULE_ID, outcome.ruleId())
                .set(CLOCK_OUTCOME.SEQ, last == null ? 1L : last + 1)
                .set(CLOCK_OUTCOME.CORRECTION_REASON, outcome.correctionReason())
                .set(CLOCK_OUTCOME.KIND, outcome.kind().code())
                .set(CLOCK_OUTCOME.OUTCOME_AT, outcome.at())
                .set(CLOCK_OUTCOME.REASON, outcome.reason())
                .set(CLOCK_OUTCOME.RECORDED_BY, outcome.recordedBy())
                .set(CLOCK_OUTCOME.RECORDED_AT, outcome.recordedAt())
                .execute();
    }

    private DSLContext dsl() {
        return transactions.dsl("the case clock repository");
    }
}
