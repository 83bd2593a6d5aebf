package org.trustcase.app.bootstrap.staging;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.ConcurrentChangeException;
import org.trustcase.model.common.NotFoundException;

/**
 * The cases of a staged batch, in memory, numbered and versioned as the database numbers and versions them
 * (reference numbers and ids carry on from batch to batch); each case also keeps the instant it entered its
 * closed status, as the database does.
 */
final class StagedCases implements CaseRepository {
    private final Map<CaseReference, BreachCase> cases = new LinkedHashMap<>();
    private final Map<CaseReference, Instant> closedAt = new HashMap<>();
    private final Map<Integer, Integer> lastNumberByYear = new HashMap<>();
    private long lastId;

    @Override
    public CaseReference nextReference(int year) {
        return new CaseReference(year, lastNumberByYear.getOrDefault(year, 0) + 1);
    }

    @Override
    public BreachCase insert(CaseReference reference, CaseDetails details, CaseStatus status, Instant at) {
        BreachCase created = new BreachCase(++lastId, reference, details, status, null, 1L, at, at);
        cases.put(reference, created);
        lastNumberByYear.merge(reference.year(), reference.sequence(), Math::max);
        if (status.isClosed()) {
            closedAt.put(reference, at);
        }
        return created;
    }

    @Override
    public BreachCase update(BreachCase changed) {
        BreachCase stored = cases.get(changed.reference());
        if (stored == null) {
            throw new NotFoundException("case.not-found", changed.reference().toString());
        }
        if (stored.version() != changed.version()) {
            throw new ConcurrentChangeException("case.changed-by-someone-else", changed.reference().toString(),
                    changed.version(), stored.version());
        }
        BreachCase updated = new BreachCase(changed.id(), changed.reference(), changed.details(), changed.status(),
                changed.statusReason(), changed.version() + 1, changed.createdAt(), changed.updatedAt());
        cases.put(changed.reference(), updated);
        // as in the database: kept while the case stays closed, cleared when it is reopened
        if (!changed.status().isClosed()) {
            closedAt.remove(changed.reference());
        } else {
            closedAt.putIfAbsent(changed.reference(), changed.updatedAt());
        }
        return updated;
    }

    @Override
    public Optional<BreachCase> find(CaseReference reference) {
        return Optional.ofNullable(cases.get(reference));
    }

    @Override
    public List<BreachCase> find(Collection<CaseReference> references) {
        return references.stream().distinct().map(cases::get).filter(c -> c != null)
                .sorted(Comparator.comparing(BreachCase::reference).reversed())
                .toList();
    }

    @Override
    public List<BreachCase> findOpen(long afterId, int limit) {
        return cases.values().stream().filter(c -> !c.status().isClosed() && c.id() > afterId).limit(limit).toList();
    }

    /** Generating reads no register: a staged batch is never listed by period. */
    @Override
    public List<BreachCase> findAware(java.time.Instant from, java.time.Instant to, long afterId, int limit) {
        throw new UnsupportedOperationException("a staged batch of generated cases is not listed by period");
    }

    @Override
    public long countOpen() {
        return cases.values().stream().filter(c -> !c.status().isClosed()).count();
    }

    /** The staged cases in the order they were opened. */
    List<BreachCase> staged() {
        return List.copyOf(cases.values());
    }

    /** When the staged case entered its closed status, or null while it is open. */
    Instant closedAt(CaseReference reference) {
        return closedAt.get(reference);
    }

    /** Forgets the staged cases (after they were written), keeping the numbering. */
    void clear() {
        cases.clear();
        closedAt.clear();
    }
}
