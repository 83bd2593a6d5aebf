package org.trustcase.model.notifications;

import java.util.Objects;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.organisation.OrganisationProfile;

/** What a case's letters and authority documents are made from: the case, the organisation, the draft's words. */
public record LetterContext(BreachCase breachCase, OrganisationProfile organisation, AuthorityDraft draft) {
    public LetterContext {
        Objects.requireNonNull(breachCase, "breachCase");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(draft, "draft");
    }
}
