package org.trustcase.model.testing;

import java.util.List;
import java.util.Optional;
import org.trustcase.model.organisation.OrganisationProfile;
import org.trustcase.model.organisation.OrganisationRepository;

/** The organisation profile in memory. */
public final class InMemoryOrganisation implements OrganisationRepository {
    private OrganisationProfile profile;

    @Override
    public Optional<OrganisationProfile> load() {
        return Optional.ofNullable(profile);
    }

    @Override
    public void save(OrganisationProfile saved) {
        profile = saved;
    }

    public List<Object> state() {
        return profile == null ? List.of() : List.of(profile);
    }
}
