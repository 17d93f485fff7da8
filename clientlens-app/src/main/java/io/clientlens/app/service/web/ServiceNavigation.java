package io.clientlens.app.service.web;

import io.clientlens.app.ui.PageController;
import io.clientlens.app.service.ServiceRoles;
import io.clientlens.app.security.Actors;
import io.clientlens.staff.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.clientlens.app.security.Capability;

/**
 * Which service pages the top navigation links to, on every page (the pages refuse other roles themselves; the links
 * only avoid offering what would be refused).
 */
@ControllerAdvice(annotations = PageController.class, basePackages = "io.clientlens.app.service.web")
class ServiceNavigation {

    /** The service links a user sees. */
    record Links(boolean tasks, boolean requests, boolean campaigns, boolean referrals) {
    }

    @ModelAttribute("serviceNav")
    Links serviceNav() {
        Role role;
        try {
            role = Actors.current().role();
        } catch (RuntimeException notSignedIn) {
            return new Links(false, false, false, false);
        }
        return new Links(ServiceRoles.TASK_READERS.contains(role), ServiceRoles.REQUEST_READERS.contains(role),
                ServiceRoles.CAMPAIGN_READERS.contains(role), Capability.WORK_REFERRALS.allows(role));
    }
}
