package io.clientlens.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Locale;

/**
 * The sign-in form (zh by default, {@code ?lang=en}); Spring Security checks the POST. After a failed attempt the form
 * shows the user name typed (kept in the session for the next view of the form only, at most 64 characters, never the
 * password) and the error in an alert region that takes the focus (docs/USER-GUIDE.md, "Signing in").
 */
@Controller
class LoginPage {
    static final String LAST_USER_NAME = LoginPage.class.getName() + ".userName";

    @GetMapping("/login")
    String login(Locale locale, Model model, HttpServletRequest request) {
        model.addAttribute("lang", locale.getLanguage().equals("en") ? "en" : "zh");
        HttpSession session = request.getSession(false);
        Object typed = session == null ? null : session.getAttribute(LAST_USER_NAME);
        if (session != null) {
            session.removeAttribute(LAST_USER_NAME);
        }
        boolean wrong = request.getParameter("error") != null;
        boolean failed = wrong || request.getParameter("throttled") != null;
        model.addAttribute("wrongCredentials", wrong);
        model.addAttribute("signInFailed", failed);
        model.addAttribute("typedUserName", failed && typed instanceof String s ? s : "");
        return "login";
    }

    /** Keeps the user name of a failed sign-in for the form shown next. */
    static void keepUserName(HttpServletRequest request) {
        String typed = request.getParameter("username");
        if (typed != null && !typed.isBlank()) {
            String kept = typed.strip();
            request.getSession(true).setAttribute(LAST_USER_NAME, kept.length() > 64 ? kept.substring(0, 64) : kept);
        }
    }
}
