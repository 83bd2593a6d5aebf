package org.trustcase.model.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustcase.model.caseclocks.AlertCrossings;
import org.trustcase.model.caseclocks.AlertWindow;
import org.trustcase.model.caseclocks.ClockIndex;
import org.trustcase.model.caseclocks.ClockListing;
import org.trustcase.model.caseclocks.DeadlineQueries;
import org.trustcase.model.caseclocks.IndexedClock;
import org.trustcase.model.cases.CaseReference;

/** The deadline index in memory, by case reference (a rebuild's case ids are resolved through the repository). */
public final class InMemoryClockIndex implements ClockIndex, DeadlineQueries {
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

    private java.util.stream.Stream<ClockListing> listings(boolean running) {
        return byCase.entrySet().stream().flatMap(e -> e.getValue().stream().filter(k -> k.running() == running)
                .map(k -> new ClockListing(e.getKey(), cases.find(e.getKey()).map(c -> c.details().title()).orElse(""),
                        k.ruleId(), k.legal(), k.dueAt())));
    }

    @Override
    public long countRunning() {
        return listings(true).count();
    }

    @Override
    public long countOverdue(java.time.Instant now, boolean legalOnly) {
        return listings(true).filter(l -> l.dueAt().isBefore(now) && (!legalOnly || l.legal())).count();
    }

    @Override
    public long countWaiting() {
        return listings(false).count();
    }

    @Override
    public List<ClockListing> page(boolean withWaiting, long offset, int limit) {
        java.util.stream.Stream<ClockListing> all = listings(true)
                .sorted(java.util.Comparator.comparing(ClockListing::dueAt));
        if (withWaiting) {
            all = java.util.stream.Stream.concat(all, listings(false));
        }
        return all.skip(offset).limit(limit).toList();
    }

    @Override
    public AlertCrossings entered(AlertWindow window, java.time.Instant since, java.time.Instant now, int sample) {
        List<ClockListing> in = listings(true).filter(ClockListing::legal)
                .filter(l -> window == AlertWindow.PASSED ? l.dueAt().isBefore(now)
                        : !l.dueAt().isAfter(now.plus(window.before()))
                                && (window.moreUrgent() == AlertWindow.PASSED ? !l.dueAt().isBefore(now)
                                        : l.dueAt().isAfter(now.plus(window.moreUrgent().before()))))
                .filter(l -> since == null || l.dueAt().isAfter(since.plus(window.before())))
                .sorted(java.util.Comparator.comparing(ClockListing::dueAt)).toList();
        return new AlertCrossings(window, in.size(), in.subList(0, Math.min(sample, in.size())));
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
