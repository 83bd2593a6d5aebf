package org.trustcase.model.deadlines;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.trustcase.model.common.Problem;

/**
 * One rule's clock for one case, at one instant.
 *
 * @param rule         the rule
 * @param status       waiting, running, met, overdue or not applicable
 * @param limits       the time limits that apply (the rule's, or those of the variant chosen by the case's facts)
 * @param dueAt        the due instant; null while waiting or not applicable
 * @param zone         the zone in which days are counted and the due time is shown
 * @param met          when it was met (and why late, if it was); null unless met
 * @param basis        the applicable time limits, coded ({@link ClockReason}); in English e.g. "72 hours after aware"
 * @param reason       why it waits or does not apply, an assumption made (unknown subject count), or the legal
 *                     ground it was waived on; coded ({@link ClockReason}), may be null
 */
public record DeadlineClock(DeadlineRule rule, ClockStatus status, List<TimeLimit> limits, Instant dueAt, ZoneId zone,
        MetRecord met, Problem basis, Problem reason) {

    public DeadlineClock {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
        limits = List.copyOf(limits);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(basis, "basis");
    }

    /** The due instant in the rule's zone, or null. */
    public ZonedDateTime dueLocal() {
        return dueAt == null ? null : dueAt.atZone(zone);
    }

    /** True when the clock was met after its due instant. */
    public boolean metLate() {
        return met != null && dueAt != null && met.at().isAfter(dueAt);
    }
}
