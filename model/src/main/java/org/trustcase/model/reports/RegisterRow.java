package org.trustcase.model.reports;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.trustcase.model.assessment.Art34Exception;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.severity.SeverityBand;

/**
 * One case as the breach register (GDPR Art. 33(5)) lists it: its facts, its effects and the remedial action taken,
 * and how the authority and the people concerned were told, or why not.
 *
 * @param consequences   the likely consequences, as the authority's draft words them (else the latest assessment's
 *                       narrative), or null
 * @param authorityAt    when the authority was first notified, or null
 * @param authorityReference the authority's reference for it, or null
 * @param authorityLateReason the reason given for notifying it late, or null
 * @param notifyAuthority whether the latest decision notifies the authority (null: no decision)
 * @param subjectsAt     when the people concerned were told (the data subjects' clock met), or null
 * @param subjectsHow    how (the channel of the letters' notification), or null
 * @param notifySubjects whether the latest decision tells the people concerned (null: no decision)
 * @param exception      the Art. 34(3) ground for not telling them, or null
 * @param band           the latest assessment's severity band, or null
 */
public record RegisterRow(BreachCase breachCase, String consequences, Instant authorityAt, String authorityReference,
        String authorityLateReason, Boolean notifyAuthority, Instant subjectsAt, String subjectsHow,
        Boolean notifySubjects, Art34Exception exception, SeverityBand band) {
    public RegisterRow {
        Objects.requireNonNull(breachCase, "breachCase");
    }

    public Optional<SeverityBand> severity() {
        return Optional.ofNullable(band);
    }
}
