package org.trustcase.model.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustcase.model.caseclocks.ClockIndex;
import org.trustcase.model.caseclocks.IndexedClock;
import org.trustcase.model.cases.CaseReference;

/** The deadline index in memory, by case reference (a rebuild's case ids are resolved through the repository). */
public final class InMemoryClockIndex implements ClockIndex {
    private final InMemoryCaseRepository cases;
    private final Map<CaseReference, List<IndexedClock>> byCase = new LinkedHashMap<>();
    private String fingerprint;

    public InMemoryClockIndex(InMemoryCaseRepository cases) {
        this.cases = cases;
    }

    public Map<CaseReference, List<IndexedClock>> contents() {
        return Map.copyOf(byCase);
    }

    @Override
    public void replace(CaseReference reference, List<IndexedClock> clocks) {
        if (clocks.isEmpty()) {
            byCase.remove(reference);
        } else {
            byCase.put(reference, List.copyOf(clocks));
        }
    }

    @Override
    public void replaceAll(Map<Long, List<IndexedClock>> clocksByCaseId) {
        clocksByCaseId.forEach((id, clocks) -> cases.findAll().stream().filter(c -> c.id() == id).findFirst()
                .ifPresent(c -> replace(c.reference(), clocks)));
    }

    @Override
    public void clear() {
        byCase.clear();
    }

    @Override
    public Optional<String> rulesFingerprint() {
        return Optional.ofNullable(fingerprint);
    }

    @Override
    public void rulesFingerprint(String value) {
        fingerprint = value;
    }
}
