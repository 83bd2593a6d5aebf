package org.trustcase.model.common;

import java.util.Objects;
import java.util.Set;

/**
 * Who performs a use case: a stable id (the login), the name recorded in the audit trail, and the
 * roles the access policy judges by. Until user accounts exist, everyone is a DPO known by name.
 */
public record Actor(String id, String name, Set<Role> roles) {
    public Actor {
        requireText(id, "id");
        requireText(name, "name");
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
    }

    /** A DPO whose id is their name: what every user is until users and roles exist. */
    public Actor(String name) {
        this(name, name, Set.of(Role.DPO));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public String toString() {
        return name;
    }

    private static void requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException("an actor needs a " + what);
        }
    }
}
