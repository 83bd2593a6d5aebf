package org.trustcase.model.deadlines;

import java.time.LocalDate;
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
 * @param zoneOfOrganisation  count in the organisation's home zone instead, when the organisation names one (US
 *                            rules: days belong to the entity's own calendar)
 * @param citation            the legal source
 * @param note                caveats, and where the source is unverified; may be null
 * @param source              the address of the text the rule was checked against
 * @param checked             the day it was last checked
 * @param verification        how far it was checked
 * @param effectiveFrom       the first day this version of the rule is in force (in the rule's zone), or null: always
 * @param effectiveUntil      the last day this version is in force, or null: still in force
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
        boolean zoneOfOrganisation,
        String citation,
        String note,
        String source,
        LocalDate checked,
        Verification verification,
        LocalDate effectiveFrom,
        LocalDate effectiveUntil) {

    /** The {@code holidays} of a rule whose business days skip the holidays of the case's jurisdiction it covers. */
    public static final String HOLIDAYS_OF_JURISDICTION = "jurisdiction";

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
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(checked, "checked");
        Objects.requireNonNull(verification, "verification");
        if (limits.isEmpty()) {
            throw new IllegalArgumentException(id + ": a rule needs at least one time limit");
        }
        if (effectiveFrom != null && effectiveUntil != null && effectiveUntil.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException(id + ": in force until " + effectiveUntil + ", before " + effectiveFrom);
        }
    }

    /** Whether this version of the rule is in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom))
                && (effectiveUntil == null || !day.isAfter(effectiveUntil));
    }

    /** Whether the rule has versions in time (this one starting or ending on a day). */
    public boolean dated() {
        return effectiveFrom != null || effectiveUntil != null;
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
