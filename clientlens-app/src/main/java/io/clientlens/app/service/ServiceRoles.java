package io.clientlens.app.service;

import io.clientlens.app.security.Capability;
import io.clientlens.app.security.SignedInUser;
import io.clientlens.code.Label;
import io.clientlens.staff.Role;

import java.util.Set;

/**
 * The service feature's names for rows of the one role table ({@link Capability}): which roles may do what in the service feature (docs/SERVICE.md "Roles"); which customers they see is
 * {@link io.clientlens.app.security.Scope}. The same lists guard REST, pages and the CLI.
 */
public final class ServiceRoles {
    /** Read tasks: the RM (own customers), supervisors (branch), head of wealth, compliance and administrators (all). */
    public static final Set<Role> TASK_READERS = Capability.TASKS.roles();
    /** Close, snooze or reopen tasks: the RM and the supervisor. */
    public static final Set<Role> TASK_ACTORS = Capability.ACT_ON_TASKS.roles();
    /** Read service requests: front-line roles within their scope, compliance (complaints) and administrators (imports). */
    public static final Set<Role> REQUEST_READERS = Capability.SERVICE_REQUESTS.roles();
    /** See campaigns and their reports. */
    public static final Set<Role> CAMPAIGN_READERS = Capability.CAMPAIGNS.roles();
    /** Roles whose home page is the workbench. */
    public static final Set<Role> WORKBENCH = Capability.WORKBENCH_HOME.roles();

    private ServiceRoles() {
    }

    static void require(SignedInUser user, Set<Role> allowed, Label what) {
        if (!allowed.contains(user.role())) {
            throw new ServiceForbidden(refusal(user, what));
        }
    }

    static Label refusal(SignedInUser user, Label what) {
        return Label.of(user.role().label().zh() + "（" + user.role().name() + "）不能" + what.zh(),
                user.role().label().en() + " (" + user.role().name() + ") may not " + what.en());
    }
}
