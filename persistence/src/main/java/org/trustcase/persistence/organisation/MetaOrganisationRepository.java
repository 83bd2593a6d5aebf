package org.trustcase.persistence.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.organisation.OrganisationProfile;
import org.trustcase.model.organisation.OrganisationRepository;
import org.trustcase.persistence.meta.JooqWorkspaceMeta;

/**
 * The organisation profile as one JSON value of the workspace's metadata ({@value #KEY}): one per workspace, read
 * whole, written whole, inside the use case's transaction like any row.
 */
public final class MetaOrganisationRepository implements OrganisationRepository {
    static final String KEY = "organisation_profile";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JooqWorkspaceMeta meta;

    public MetaOrganisationRepository(JooqWorkspaceMeta meta) {
        this.meta = Objects.requireNonNull(meta, "meta");
    }

    @Override
    public Optional<OrganisationProfile> load() {
        return meta.get(KEY).map(MetaOrganisationRepository::read);
    }

    @Override
    public void save(OrganisationProfile profile) {
        ObjectNode node = JSON.createObjectNode().put("legalName", profile.legalName())
                .put("address", profile.address()).put("registrationNumber", profile.registrationNumber())
                .put("dpoName", profile.dpoName()).put("dpoEmail", profile.dpoEmail())
                .put("dpoPhone", profile.dpoPhone()).put("home", profile.home() == null ? null : profile.home().code())
                .put("timeZone", profile.timeZone()).put("language", profile.language());
        ArrayNode flags = node.putArray("sectorFlags");
        profile.sectorFlags().forEach(flags::add);
        meta.put(KEY, node.toString());
    }

    private static OrganisationProfile read(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            Set<String> flags = new TreeSet<>();
            node.path("sectorFlags").forEach(flag -> flags.add(flag.asText()));
            String home = node.path("home").isTextual() ? node.get("home").asText() : null;
            return new OrganisationProfile(text(node, "legalName"), text(node, "address"),
                    text(node, "registrationNumber"), text(node, "dpoName"), text(node, "dpoEmail"),
                    text(node, "dpoPhone"), home == null ? null : new Jurisdiction(home), text(node, "timeZone"),
                    text(node, "language"), flags);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the stored organisation profile is not readable JSON", e);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asText("");
    }
}
