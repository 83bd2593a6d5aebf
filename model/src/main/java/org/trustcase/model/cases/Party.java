package org.trustcase.model.cases;

import java.util.Objects;

/** Another organisation involved in a breach: a processor, a postal operator, a cloud provider... */
public record Party(PartyRole role, String name) {
    public Party {
        Objects.requireNonNull(role, "role");
        name = name == null ? "" : name.strip();
    }

    @Override
    public String toString() {
        return role.code() + ": " + name;
    }
}
