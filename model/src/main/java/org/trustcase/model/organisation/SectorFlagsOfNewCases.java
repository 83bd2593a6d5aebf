package org.trustcase.model.organisation;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.caseclocks.CaseClockRepository;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.casework.NewCaseFacts;

/**
 * A new case starts with the organisation's sector facts (NIS2 entity, DORA financial entity, processor…) as its
 * regime flags, recorded in its audit trail as coming from the profile; the case may change them afterwards like any
 * flag, which is audited too.
 */
public final class SectorFlagsOfNewCases implements NewCaseFacts {
    private final OrganisationRepository organisation;
    private final CaseClockRepository facts;
    private final AuditTrail audit;

    public SectorFlagsOfNewCases(OrganisationRepository organisation, CaseClockRepository facts, AuditTrail audit) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public void opened(CaseReference reference) {
        Set<String> flags = organisation.load().map(OrganisationProfile::sectorFlags).orElse(Set.of());
        if (!flags.isEmpty()) {
            facts.putFlags(reference, flags);
            audit.recordNoted(AuditAction.CASE_FLAGS_CHANGED, reference,
                    List.of(new FieldChange("flags", null, String.join(", ", flags))),
                    org.trustcase.model.audit.AuditNote.FLAGS_FROM_PROFILE.with());
        }
    }
}
