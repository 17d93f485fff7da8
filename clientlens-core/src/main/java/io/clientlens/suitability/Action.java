package io.clientlens.suitability;


import io.clientlens.staff.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a role may do in the suitability chain (docs/SUITABILITY.md). General sales staff take part but give no advice:
 * they hand the customer over to an RM. Roles outside {@link #ROLES} take no part at all.
 */
public enum Action {
    /** Run assessments and suitability checks. */
    ADVISE(Role.RM, Role.SUPERVISOR, Role.HEAD_OF_WEALTH),
    /** Record confirmations and override documents. */
    RECORD(Role.RM),
    REVIEW(Role.SUPERVISOR),
    SECOND_APPROVAL(Role.HEAD_OF_WEALTH);

    /** The roles that take part in the suitability chain. */
    public static final Set<Role> ROLES = Collections.unmodifiableSet(EnumSet.of(Role.RM, Role.SALES, Role.SUPERVISOR, Role.HEAD_OF_WEALTH));

    private final Set<Role> roles;

    Action(Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }

    /** Whether the role may review or give the second approval: what the approval queue shows. */
    public static boolean approves(Role role) {
        return REVIEW.allows(role) || SECOND_APPROVAL.allows(role);
    }
}
