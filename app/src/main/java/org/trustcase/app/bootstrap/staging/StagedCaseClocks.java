package org.trustcase.app.bootstrap.staging;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustcase.model.caseclocks.CaseClockFacts;
import org.trustcase.model.caseclocks.CaseClockRepository;
import org.trustcase.model.caseclocks.ClockOutcome;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.deadlines.DeadlineEvent;

/** The deadline facts (dated events, regime flags, clock outcomes) of a staged batch, in memory. */
final class StagedCaseClocks implements CaseClockRepository {
    private final Map<CaseReference, CaseClockFacts> facts = new HashMap<>();

    @Override
    public CaseClockFacts facts(CaseReference reference) {
        return facts.getOrDefault(reference, CaseClockFacts.NONE);
    }

    @Override
    public Map<CaseReference, CaseClockFacts> facts(List<CaseReference> references) {
        Map<CaseReference, CaseClockFacts> found = new HashMap<>();
        references.stream().filter(facts::containsKey).forEach(r -> found.put(r, facts.get(r)));
        return found;
    }

    @Override
    public void putEvent(CaseReference reference, DeadlineEvent event, Instant at) {
        CaseClockFacts f = facts(reference);
        Map<DeadlineEvent, Instant> dated = new EnumMap<>(DeadlineEvent.class);
        dated.putAll(f.events());
        dated.put(event, at);
        facts.put(reference, new CaseClockFacts(dated, f.flags(), f.outcomes()));
    }

    @Override
    public void putFlags(CaseReference reference, Set<String> flags) {
        CaseClockFacts f = facts(reference);
        facts.put(reference, new CaseClockFacts(f.events(), flags, f.outcomes()));
    }

    @Override
    public void putOutcome(CaseReference reference, ClockOutcome outcome) {
        CaseClockFacts f = facts(reference);
        if (f.outcomes().containsKey(outcome.ruleId()) && outcome.correctionReason() == null) {
            // as in the database, whose triggers refuse a second outcome for a clock unless it is a correction
            throw new IllegalStateException("the clock " + outcome.ruleId() + " of " + reference + " has an outcome");
        }
        Map<String, ClockOutcome> outcomes = new HashMap<>(f.outcomes());
        if (outcome.stands()) {
            outcomes.put(outcome.ruleId(), outcome);
        } else {
            outcomes.remove(outcome.ruleId());
        }
        facts.put(reference, new CaseClockFacts(f.events(), f.flags(), outcomes));
    }


    void clear() {
        facts.clear();
    }
}
