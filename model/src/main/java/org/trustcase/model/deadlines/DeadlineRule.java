package org.trustcase.model.deadlines;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One notification deadline, as read from the rule file.
 *
 * @param id                  stable id, e.g. {@code GDPR-SA}
 * @param regime              the law it comes from, for grouping ({@code GDPR}, {@code HIPAA}…)
 * @param jurisdictions       ISO 3166 codes and group names of the rule file where it applies
 * @param recipient           whom to notify, in words
 * @param kind                legal deadline or default target
 * @param limits              when it is due; several limits mean "the earliest of"
 * @param variants            other limits chosen by conditions, first match wins
 * @param appliesWhen         conditions beyond the jurisdiction
 * @param zone                the zone in which days are counted (and the due time is shown)
 * @param zoneOfJurisdiction  count in the zone of the case's matching jurisdiction instead, when the rule file names one
 * @param holidays            the public-holiday calendar for business days (e.g. {@code BR}, {@code US}), or null
 * @param citation            the legal source
 * @param note                caveats, and where the source is unverified; may be null
 */
public record DeadlineRule(
        String id,
        String regime,
        List<String> jurisdictions,
        String recipient,
        DeadlineKind kind,
        List<TimeLimit> limits,
        List<RuleVariant> variants,
        Conditions appliesWhen,
        ZoneId zone,
        boolean zoneOfJurisdiction,
        String holidays,
        String citation,
        String note) {

    public DeadlineRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regime, "regime");
        jurisdictions = List.copyOf(jurisdictions);
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        limits = List.copyOf(limits);
        variants = List.copyOf(variants);
        Objects.requireNonNull(appliesWhen, "appliesWhen");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(citation, "citation");
        if (limits.isEmpty()) {
            throw new IllegalArgumentException(id + ": a rule needs at least one time limit");
        }
    }

    /** The event of the rule's first time limit: what starts the clock in the common case. */
    public DeadlineEvent trigger() {
        return limits.get(0).event();
    }

    public Optional<String> noteText() {
        return Optional.ofNullable(note);
    }

    /** True when some time limit, of the rule or a variant, counts business days. */
    public boolean countsBusinessDays() {
        return limits.stream().anyMatch(l -> l.unit() == DurationUnit.BUSINESS_DAYS) || variants.stream()
                .flatMap(v -> v.limits().stream()).anyMatch(l -> l.unit() == DurationUnit.BUSINESS_DAYS);
    }
}
