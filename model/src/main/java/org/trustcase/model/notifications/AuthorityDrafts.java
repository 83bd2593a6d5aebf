package org.trustcase.model.notifications;

import java.util.Set;
import org.trustcase.model.assessment.AssessmentRepository;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.BreachType;
import org.trustcase.model.cases.CaseDetails;

/** The authority draft a case starts with, before the DPO saves one. */
final class AuthorityDrafts {
    private AuthorityDrafts() {
    }

    /**
     * Pre-filled from the case: its summary as the nature, its remedial actions as the measures taken, the latest
     * assessment's narrative as the likely consequences, and its kinds of breach as the confidentiality, integrity
     * and availability affected (unknown while no kind is recorded).
     */
    static AuthorityDraft prefilled(BreachCase c, AssessmentRepository assessments) {
        CaseDetails d = c.details();
        String consequences = assessments.latest(c.reference()).map(a -> a.narrative()).orElse(null);
        Set<BreachType> types = d.breachTypes();
        boolean known = !types.isEmpty();
        return new AuthorityDraft(d.summary(), null, null, null, consequences, d.remedialActions(), null, null, null,
                known ? types.contains(BreachType.CONFIDENTIALITY) : null,
                known ? types.contains(BreachType.INTEGRITY) : null,
                known ? types.contains(BreachType.AVAILABILITY) : null, null, null);
    }
}
