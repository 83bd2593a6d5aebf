package org.trustcase.model.caseclocks;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.trustcase.model.deadlines.DeadlineEvent;

/** A case's stored events (other than detection and awareness), regime flags and clock outcomes by rule id. */
public record CaseClockFacts(Map<DeadlineEvent, Instant> events, Set<String> flags, Map<String, ClockOutcome> outcomes) {
    public static final CaseClockFacts NONE = new CaseClockFacts(Map.of(), Set.of(), Map.of());

    public CaseClockFacts {
        events = events.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(events));
        flags = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(flags));
        outcomes = Map.copyOf(outcomes);
    }
}
