package org.trustcase.app.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.ConcurrentChangeException;
import org.trustcase.model.common.NotFoundException;

/** Cases kept in memory, with optimistic locking by version like a database-backed repository. */
public final class InMemoryCaseRepository implements CaseRepository, InMemoryTransactions.Participant {
    private final Map<CaseReference, BreachCase> cases = new TreeMap<>();
    private long lastId;

    @Override
    public synchronized CaseReference nextReference(int year) {
        int highest = cases.keySet().stream().filter(reference -> reference.year() == year)
                .mapToInt(CaseReference::sequence).max().orElse(0);
        return new CaseReference(year, highest + 1);
    }

    @Override
    public synchronized BreachCase insert(CaseReference reference, CaseDetails details, CaseStatus status, Instant at) {
        if (cases.containsKey(reference)) {
            throw new IllegalStateException("duplicate reference " + reference);
        }
        BreachCase stored = new BreachCase(++lastId, reference, details, status, null, 1, at, at);
        cases.put(reference, stored);
        return stored;
    }

    @Override
    public synchronized BreachCase update(BreachCase changed) {
        BreachCase current = cases.get(changed.reference());
        if (current == null) {
            throw new NotFoundException("no case " + changed.reference());
        }
        if (current.version() != changed.version()) {
            throw new ConcurrentChangeException(changed.reference() + " was changed since it was read (version "
                    + changed.version() + ", now " + current.version() + ")");
        }
        BreachCase stored = new BreachCase(current.id(), changed.reference(), changed.details(), changed.status(),
                changed.statusReason(), current.version() + 1, current.createdAt(), changed.updatedAt());
        cases.put(stored.reference(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<BreachCase> find(CaseReference reference) {
        return Optional.ofNullable(cases.get(reference));
    }

    @Override
    public synchronized List<BreachCase> findAll() {
        List<BreachCase> all = new ArrayList<>(cases.values());
        all.sort(Comparator.comparing(BreachCase::reference).reversed());
        return all;
    }

    @Override
    public synchronized Object snapshot() {
        return new State(new TreeMap<>(cases), lastId);
    }

    @Override
    public synchronized void restore(Object snapshot) {
        State state = (State) snapshot;
        cases.clear();
        cases.putAll(state.cases());
        lastId = state.lastId();
    }

    private record State(Map<CaseReference, BreachCase> cases, long lastId) {
    }
}
