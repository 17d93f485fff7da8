package io.clientlens.app.security;

import io.clientlens.staff.Role;
import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;

/** The authenticated user of a request: name, role, and the branch and RM id that scope what they see. */
public record SignedInUser(String username, Role role, String branch, String rmId) implements Principal, Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return username;
    }
}
