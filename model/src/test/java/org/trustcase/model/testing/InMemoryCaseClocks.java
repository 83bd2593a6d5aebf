package org.trustcase.model.testing;

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

/** Case deadline facts in maps. */
public final class InMemoryCaseClocks implements CaseClockRepository {
    private final Map<CaseReference, CaseClockFacts> stored = new HashMap<>();

    @Override
    public CaseClockFacts facts(CaseReference reference) {
        return stored.getOrDefault(reference, CaseClockFacts.NONE);
    }

    @Override
    public Map<CaseReference, CaseClockFacts> facts(List<CaseReference> references) {
        Map<CaseReference, CaseClockFacts> result = new HashMap<>();
        references.stream().filter(stored::containsKey).forEach(r -> result.put(r, stored.get(r)));
        return result;
    }

    @Override
    public void putEvent(CaseReference reference, DeadlineEvent event, Instant at) {
        CaseClockFacts f = facts(reference);
        Map<DeadlineEvent, Instant> events = new EnumMap<>(DeadlineEvent.class);
        events.putAll(f.events());
        events.put(event, at);
        stored.put(reference, new CaseClockFacts(events, f.flags(), f.outcomes()));
    }

    @Override
    public void putFlags(CaseReference reference, Set<String> flags) {
        CaseClockFacts f = facts(reference);
        stored.put(reference, new CaseClockFacts(f.events(), flags, f.outcomes()));
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
        stored.put(reference, new CaseClockFacts(f.events(), f.flags(), outcomes));
    }

}
