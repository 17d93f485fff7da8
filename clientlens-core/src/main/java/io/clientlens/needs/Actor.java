package io.clientlens.needs;

import java.util.Objects;

/** The person acting on a need and the role they act in. */
public record Actor(String user, Role role) {
    public Actor {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("user must not be blank");
        }
        Objects.requireNonNull(role, "role");
    }
}
