package io.clientlens.app.suitability.web;

import io.clientlens.app.ui.PageController;
import io.clientlens.app.security.Actors;
import io.clientlens.staff.Role;
import io.clientlens.suitability.Action;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Whether a user sees the links to a customer's questionnaire and suitability pages: advisers (RM, supervisor, head of
 * wealth). The pages refuse other roles themselves; the links only avoid offering what would be refused. The approvals
 * inbox is in the site menu (web.Navigation).
 */
@ControllerAdvice(annotations = PageController.class)
class AdviceLinks {

    @ModelAttribute("adviceLinks")
    boolean adviceLinks() {
        return role().map(Action.ADVISE::allows).orElse(false);
    }

    private static java.util.Optional<Role> role() {
        try {
            return java.util.Optional.of(Actors.current().role());
        } catch (RuntimeException e) {
            // not signed in (the sign-in page): no links
            return java.util.Optional.empty();
        }
    }
}
