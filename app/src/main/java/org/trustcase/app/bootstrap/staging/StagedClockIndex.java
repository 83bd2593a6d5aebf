package org.trustcase.app.bootstrap.staging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustcase.model.caseclocks.ClockIndex;
import org.trustcase.model.caseclocks.IndexedClock;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;

/**
 * The deadline index entries of a staged batch, in memory, by the staged case's id. The rules' fingerprint is
 * the real index's business: the generator marks the real index current once every batch is written.
 */
final class StagedClockIndex implements ClockIndex {
    private final StagedCases cases;
    private final Map<Long, List<IndexedClock>> clocksByCaseId = new HashMap<>();

    StagedClockIndex(StagedCases cases) {
        this.cases = cases;
    }

    @Override
    public void replace(CaseReference reference, List<IndexedClock> clocks) {
        Optional<BreachCase> c = cases.find(reference);
        if (c.isEmpty() && clocks.isEmpty()) {
            return;
        }
        replaceAll(Map.of(c.orElseThrow(() -> new IllegalStateException(reference + " is not in the staged batch"))
                .id(), clocks));
    }

    @Override
    public void replaceAll(Map<Long, List<IndexedClock>> clocks) {
        clocks.forEach((id, ofCase) -> {
            if (ofCase.isEmpty()) {
                clocksByCaseId.remove(id);
            } else {
                clocksByCaseId.put(id, List.copyOf(ofCase));
            }
        });
    }

    @Override
    public void clear() {
        clocksByCaseId.clear();
    }

    @Override
    public Optional<String> rulesFingerprint() {
        throw new UnsupportedOperationException("a staged batch has no fingerprint: the real index has");
    }

    @Override
    public void rulesFingerprint(String fingerprint) {
        throw new UnsupportedOperationException("a staged batch has no fingerprint: the real index has");
    }

    /** The indexed clocks of the staged case with {@code id}; empty when it has none. */
    List<IndexedClock> of(long id) {
        return clocksByCaseId.getOrDefault(id, List.of());
    }
}
