package io.clientlens.app.service;

import io.clientlens.app.security.SignedInUser;
import io.clientlens.app.security.UserRole;
import io.clientlens.code.Label;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which roles may do what in the service feature (docs/SERVICE.md "Roles"); which customers they see is
 * {@link io.clientlens.app.security.Scope}. The same lists guard REST, pages and the CLI.
 */
public final class ServiceRoles {
    /** Read tasks: the RM (own customers), supervisors (branch), head of wealth, compliance and administrators (all). */
    public static final Set<UserRole> TASK_READERS = EnumSet.of(UserRole.RM, UserRole.SUPERVISOR, UserRole.HEAD_OF_WEALTH,
            UserRole.COMPLIANCE, UserRole.ADMIN);
    /** Close, snooze or reopen tasks: the RM and the supervisor. */
    public static final Set<UserRole> TASK_ACTORS = EnumSet.of(UserRole.RM, UserRole.SUPERVISOR);
    /** Read service requests: front-line roles within their scope, compliance (complaints) and administrators (imports). */
    public static final Set<UserRole> REQUEST_READERS = EnumSet.of(UserRole.RM, UserRole.SALES, UserRole.SUPERVISOR,
            UserRole.HEAD_OF_WEALTH, UserRole.COMPLIANCE, UserRole.ADMIN);
    /** See campaigns and their reports. */
    public static final Set<UserRole> CAMPAIGN_READERS = EnumSet.of(UserRole.RM, UserRole.SUPERVISOR, UserRole.HEAD_OF_WEALTH,
            UserRole.ANALYST, UserRole.ADMIN);
    /** Roles whose home page is the workbench. */
    public static final Set<UserRole> WORKBENCH = EnumSet.of(UserRole.RM, UserRole.SALES, UserRole.SUPERVISOR);

    private ServiceRoles() {
    }

    static void require(SignedInUser user, Set<UserRole> allowed, Label what) {
        if (!allowed.contains(user.role())) {
            throw new ServiceForbidden(refusal(user, what));
        }
    }

    static Label refusal(SignedInUser user, Label what) {
        return Label.of(user.role().label().zh() + "（" + user.role().name() + "）不能" + what.zh(),
                user.role().label().en() + " (" + user.role().name() + ") may not " + what.en());
    }
}
