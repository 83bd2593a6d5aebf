package org.trustcase.model.organisation;

import java.util.Optional;

/** Port: the workspace's organisation profile, one per workspace, kept inside the use cases' transactions. */
public interface OrganisationRepository {
    /** The profile as last saved; empty before the first save. */
    Optional<OrganisationProfile> load();

    void save(OrganisationProfile profile);
}
