package io.clientlens.app.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;

/**
 * Where the servlet container sends every error that no controller answered ({@code sendError} by the security firewall,
 * Spring MVC's 405/406/415, a form over the size limit): a problem detail for {@code /api/} paths, a page otherwise
 * ({@link ErrorResponses}). Replaces Spring Boot's default error JSON, which is no problem detail.
 */
@ConditionalOnWebApplication
@Controller
class ErrorPage implements ErrorController {

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : HttpServletResponse.SC_NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean api = ErrorResponses.isApi(request.getContextPath(), uri instanceof String s ? s : request.getRequestURI());
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        ErrorResponses.write(response, api, status);
    }
}
