package org.trustcase.model.deadlines;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.trustcase.model.cases.Jurisdiction;

/**
 * What the clocks of one case are computed from: its dated events, its number of affected subjects
 * (null when unknown), its regime flags, its jurisdictions (the first is the lead: its zone is used when
 * several match a rule), the clocks already met, and the organisation's home zone (null when it has none). With {@code ruleIds} empty, every rule covering a
 * jurisdiction yields a clock; otherwise exactly the listed rules do, whatever the jurisdictions.
 * Instants are truncated to whole seconds, as everywhere in a case; flag codes and rule ids are case-insensitive.
 */
public record ClockInputs(Map<DeadlineEvent, Instant> events, Long subjects, Set<String> flags,
        List<Jurisdiction> jurisdictions, List<String> ruleIds, Map<String, MetRecord> met, ZoneId homeZone) {

    /** Inputs of an organisation without a home zone: every rule counts in its own zone. */
    public ClockInputs(Map<DeadlineEvent, Instant> events, Long subjects, Set<String> flags,
            List<Jurisdiction> jurisdictions, List<String> ruleIds, Map<String, MetRecord> met) {
        this(events, subjects, flags, jurisdictions, ruleIds, met, null);
    }

    public ClockInputs {
        EnumMap<DeadlineEvent, Instant> copy = new EnumMap<>(DeadlineEvent.class);
        (events == null ? Map.<DeadlineEvent, Instant>of() : events).forEach((event, at) -> copy.put(
                Objects.requireNonNull(event, "event"), Objects.requireNonNull(at, "instant").truncatedTo(ChronoUnit.SECONDS)));
        events = Collections.unmodifiableMap(copy);
        if (subjects != null && subjects < 0) {
            throw new IllegalArgumentException("the number of subjects cannot be negative: " + subjects);
        }
        flags = flags == null ? Set.of()
                : flags.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        jurisdictions = jurisdictions == null ? List.of() : List.copyOf(new LinkedHashSet<>(jurisdictions));
        ruleIds = ruleIds == null ? List.of()
                : ruleIds.stream().map(id -> id.strip().toUpperCase(Locale.ROOT)).distinct().toList();
        met = met == null ? Map.of() : Map.copyOf(met);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects inputs step by step; {@link #build()} makes the immutable record. */
    public static final class Builder {
        private final Map<DeadlineEvent, Instant> events = new EnumMap<>(DeadlineEvent.class);
        private Long subjects;
        private final Set<String> flags = new LinkedHashSet<>();
        private final List<Jurisdiction> jurisdictions = new ArrayList<>();
        private final List<String> ruleIds = new ArrayList<>();
        private final Map<String, MetRecord> met = new LinkedHashMap<>();
        private ZoneId homeZone;

        private Builder() {
        }

        /** The organisation's own time zone, where rules that say so count their days (US statutes); null: none. */
        public Builder homeZone(ZoneId zone) {
            homeZone = zone;
            return this;
        }

        public Builder event(DeadlineEvent event, Instant at) {
            events.put(event, at);
            return this;
        }

        public Builder subjects(Long count) {
            subjects = count;
            return this;
        }

        public Builder flag(String code) {
            flags.add(code);
            return this;
        }

        public Builder flags(Collection<String> codes) {
            flags.addAll(codes);
            return this;
        }

        public Builder jurisdiction(Jurisdiction jurisdiction) {
            jurisdictions.add(jurisdiction);
            return this;
        }

        public Builder jurisdictions(Collection<Jurisdiction> all) {
            jurisdictions.addAll(all);
            return this;
        }

        public Builder rule(String id) {
            ruleIds.add(id);
            return this;
        }

        public Builder met(String ruleId, MetRecord record) {
            met.put(ruleId.strip().toUpperCase(Locale.ROOT), record);
            return this;
        }

        public ClockInputs build() {
            return new ClockInputs(events, subjects, flags, jurisdictions, ruleIds, met, homeZone);
        }
    }
}
