package org.trustcase.model.testing;

import java.time.Instant;
import java.util.Comparator;
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

/** A case repository in a map, with the same numbering and optimistic locking as the real one. */
public final class InMemoryCaseRepository implements CaseRepository {
    private final Map<CaseReference, BreachCase> cases = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public CaseReference nextReference(int year) {
        int max = cases.keySet().stream().filter(r -> r.year() == year).mapToInt(CaseReference::sequence).max().orElse(0);
        return new CaseReference(year, max + 1);
    }

    @Override
    public BreachCase insert(CaseReference reference, CaseDetails details, CaseStatus status, Instant at) {
        BreachCase created = new BreachCase(nextId++, reference, details, status, null, 1, at, at);
        cases.put(reference, created);
        return created;
    }

    @Override
    public BreachCase update(BreachCase changed) {
        BreachCase stored = cases.get(changed.reference());
        if (stored == null) {
            throw CaseRepository.notFound(changed.reference());
        }
        if (stored.version() != changed.version()) {
            throw new ConcurrentChangeException("case.changed-by-someone-else", changed.reference().toString(),
                    changed.version(), stored.version());
        }
        BreachCase updated = new BreachCase(changed.id(), changed.reference(), changed.details(), changed.status(),
                changed.statusReason(), changed.version() + 1, changed.createdAt(), changed.updatedAt());
        cases.put(changed.reference(), updated);
        return updated;
    }

    @Override
    public Optional<BreachCase> find(CaseReference reference) {
        return Optional.ofNullable(cases.get(reference));
    }

    /** Every stored case, newest reference first (for assertions). */
    public List<BreachCase> findAll() {
        return cases.values().stream().sorted(Comparator.comparing(BreachCase::reference).reversed()).toList();
    }

    @Override
    public List<BreachCase> find(java.util.Collection<CaseReference> references) {
        return findAll().stream().filter(c -> references.contains(c.reference())).toList();
    }

    @Override
    public List<BreachCase> findOpen(long afterId, int limit) {
        return cases.values().stream().filter(c -> !c.status().isClosed() && c.id() > afterId)
                .sorted(Comparator.comparingLong(BreachCase::id)).limit(limit).toList();
    }

    @Override
    public List<BreachCase> findAware(Instant from, Instant to, long afterId, int limit) {
        return cases.values().stream().filter(c -> c.id() > afterId && c.details().awareAt() != null
                && !c.details().awareAt().isBefore(from) && c.details().awareAt().isBefore(to))
                .sorted(Comparator.comparingLong(BreachCase::id)).limit(limit).toList();
    }

    @Override
    public long countOpen() {
        return cases.values().stream().filter(c -> !c.status().isClosed()).count();
    }
}
