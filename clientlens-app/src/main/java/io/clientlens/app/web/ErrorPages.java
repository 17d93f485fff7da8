package io.clientlens.app.web;

import io.clientlens.app.errors.ErrorResponses;
import io.clientlens.app.security.Actors;
import io.clientlens.app.ui.PageLanguage;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Where the servlet container sends every error that no controller answered ({@code sendError} by the security firewall
 * and the role checks, Spring MVC's 404/405/406/415, a form over the size limit): a problem detail for {@code /api/}
 * paths ({@link ErrorResponses}), otherwise a page in the site layout, in both languages, with the menu of whoever is
 * signed in (none for a visitor). Replaces Spring Boot's default error page and JSON.
 */
@ConditionalOnWebApplication
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : HttpServletResponse.SC_NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String s ? s : request.getRequestURI();
        if (response.isCommitted()) {
            return null;
        }
        response.resetBuffer();
        if (ErrorResponses.isApi(request.getContextPath(), path)) {
            ErrorResponses.write(response, true, status);
            return null;
        }
        response.setStatus(status);
        fill(model, status, path.substring(Math.min(path.length(), request.getContextPath().length())), locale);
        return "error-page";
    }

    /** Whether an error of this request is answered with a page: outside {@code /api/}, to a client that accepts HTML. */
    static boolean wantsPage(HttpServletRequest request) {
        if (ErrorResponses.isApi(request.getContextPath(), request.getRequestURI())) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    /** The error page of a refusal a controller threw, with what the refusal says (zh, en; null for the status's own words). */
    static ModelAndView page(HttpServletRequest request, int status, String zh, String en) {
        ModelAndView page = new ModelAndView("error-page", HttpStatus.valueOf(status));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Model model = new ExtendedModelMap();
        fill(model, status, path, RequestContextUtils.getLocale(request));
        page.addAllObjects(model.asMap());
        page.addObject("detailZh", zh);
        page.addObject("detailEn", en);
        return page;
    }

    /** What the error page shows: the status's meaning in both languages and the site header of the current user. */
    static void fill(Model model, int status, String path, Locale locale) {
        model.addAttribute("status", status);
        model.addAttribute("meaning", ErrorResponses.meaning(status));
        model.addAttribute("lang", PageLanguage.of(locale).name().toLowerCase(Locale.ROOT));
        String user;
        try {
            user = Actors.current().username();
        } catch (RuntimeException notSignedIn) {
            user = null;
        }
        model.addAttribute("username", user);
        List<Navigation.Item> menu = user == null ? List.of() : Navigation.current();
        model.addAttribute("menu", menu);
        model.addAttribute("langZh", UriComponentsBuilder.fromPath(path).queryParam("lang", "zh_CN").build().toUriString());
        model.addAttribute("langEn", UriComponentsBuilder.fromPath(path).queryParam("lang", "en").build().toUriString());
    }
}
