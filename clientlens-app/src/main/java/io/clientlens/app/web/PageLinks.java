package io.clientlens.app.web;

import io.clientlens.app.ui.PageController;
import io.clientlens.staff.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch of every page's top navigation: the page itself, with its query, in the other language.
 * Applies to every {@link PageController} (not to REST controllers).
 */
@ControllerAdvice(annotations = PageController.class)
class PageLinks {

    @ModelAttribute("langZh")
    String chinese(HttpServletRequest request) {
        return same(request, "zh_CN");
    }

    @ModelAttribute("langEn")
    String english(HttpServletRequest request) {
        return same(request, "en");
    }

    /** Whether the top navigation links to the dashboards (roles that may see aggregates; see SecurityConfiguration). */
    @ModelAttribute("dashboardsLink")
    boolean dashboardsLink() {
        var user = io.clientlens.app.security.Actors.current();
        return user.role() != io.clientlens.staff.Role.RM && user.role() != io.clientlens.staff.Role.SALES;
    }

    /** Whether the top navigation links to the audit search (the roles that read the audit trail). */
    @ModelAttribute("auditLink")
    boolean auditLink() {
        return io.clientlens.app.security.Capability.READ_AUDIT.allows(io.clientlens.app.security.Actors.current().role());
    }

    /** Whether the top navigation links to the administration page (imports and runs; ADMIN only). */
    @ModelAttribute("adminLink")
    boolean adminLink() {
        return io.clientlens.app.security.Actors.current().role() == io.clientlens.staff.Role.ADMIN;
    }

    /** Whether the top navigation links to the AML cases (COMPLIANCE only: no tipping-off, docs/AML.md). */
    @ModelAttribute("amlLink")
    boolean amlLink() {
        return io.clientlens.app.security.Capability.READ_AML.allows(io.clientlens.app.security.Actors.current().role());
    }

    private static String same(HttpServletRequest request, String lang) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return UriComponentsBuilder.fromPath(path).query(request.getQueryString()).replaceQueryParam("lang", lang).build()
                .toUriString();
    }
}
