package org.trustcase.model.common;

import java.util.Objects;

/** Who performs a use case. Roles and user accounts arrive later; for now a name is the identity. */
public record Actor(String name) {
    public Actor {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
