package io.clientlens.app.web;

import io.clientlens.app.ui.PageController;
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

    private static String same(HttpServletRequest request, String lang) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return UriComponentsBuilder.fromPath(path).query(request.getQueryString()).replaceQueryParam("lang", lang).build()
                .toUriString();
    }
}
