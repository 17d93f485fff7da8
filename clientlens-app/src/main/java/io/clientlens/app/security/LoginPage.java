package io.clientlens.app.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Locale;

/** The sign-in form (zh by default, {@code ?lang=en}); Spring Security checks the POST. */
@Controller
class LoginPage {
    @GetMapping("/login")
    String login(Locale locale, Model model) {
        model.addAttribute("lang", locale.getLanguage().equals("en") ? "en" : "zh");
        return "login";
    }
}
