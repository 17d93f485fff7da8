package io.clientlens.app.service.web;

import io.clientlens.app.ui.PageLanguage;
import io.clientlens.app.security.Actors;
import io.clientlens.code.Language;
import io.clientlens.staff.Role;
import io.clientlens.suitability.Action;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Locale;

/**
 * What every page of this package needs for the shared top navigation (the same as the workstation's pages): the
 * language switch, the signed-in user, and which of the other pages to link to.
 */
@ControllerAdvice(basePackages = "io.clientlens.app.service.web")
class ServicePages {

    static Language language(Locale locale) {
        return PageLanguage.of(locale);
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return language(locale).name().toLowerCase(Locale.ROOT);
    }

    @ModelAttribute("username")
    String username() {
        return Actors.current().username();
    }

    @ModelAttribute("langZh")
    String chinese(HttpServletRequest request) {
        return same(request, "zh_CN");
    }

    @ModelAttribute("langEn")
    String english(HttpServletRequest request) {
        return same(request, "en");
    }

    @ModelAttribute("dashboardsLink")
    boolean dashboardsLink() {
        Role role = Actors.current().role();
        return role != Role.RM && role != Role.SALES;
    }

    @ModelAttribute("adminLink")
    boolean adminLink() {
        return Actors.current().role() == Role.ADMIN;
    }

    @ModelAttribute("approvalsLink")
    boolean approvalsLink() {
        return Action.approves(Actors.current().role());
    }

    private static String same(HttpServletRequest request, String lang) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return UriComponentsBuilder.fromPath(path).query(request.getQueryString()).replaceQueryParam("lang", lang).build().toUriString();
    }
}
