package org.trustcase.model.organisation;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.trustcase.model.cases.Jurisdiction;

/**
 * Who the workspace answers for: the controller's legal name, address and registration number, its DPO and how to
 * reach them (both go into every notification and letter), its home jurisdiction and time zone, the language of its
 * letters by default, and the sector facts the deadline rules depend on (NIS2, DORA, SEC, HIPAA, …) as rule flag
 * codes. Empty texts are {@code ""}; {@code home} is null until set.
 */
public record OrganisationProfile(String legalName, String address, String registrationNumber, String dpoName,
        String dpoEmail, String dpoPhone, Jurisdiction home, String timeZone, String language,
        Set<String> sectorFlags) {
    /** A workspace's profile before anyone filled it in. */
    public static final OrganisationProfile EMPTY = new OrganisationProfile("", "", "", "", "", "", null, "UTC",
            "en", Set.of());

    public OrganisationProfile {
        Objects.requireNonNull(legalName, "legalName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(registrationNumber, "registrationNumber");
        Objects.requireNonNull(dpoName, "dpoName");
        Objects.requireNonNull(dpoEmail, "dpoEmail");
        Objects.requireNonNull(dpoPhone, "dpoPhone");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(language, "language");
        sectorFlags = java.util.Collections.unmodifiableSet(new TreeSet<>(sectorFlags));
    }

    /**
     * The organisation's own time zone, where US rules count their days: its zone once it names where it is (its
     * home), none before that or for a zone Java does not know.
     */
    public java.util.Optional<java.time.ZoneId> homeZone() {
        if (home == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(java.time.ZoneId.of(timeZone.strip()));
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty();
        }
    }
}
