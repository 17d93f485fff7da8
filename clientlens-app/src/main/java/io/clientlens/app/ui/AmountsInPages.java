package io.clientlens.app.ui;

import io.clientlens.code.Language;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Gives every page template {@code yuan}, {@link Yuan} in the page's language, for amounts a view record carries as
 * numbers: {@code ${yuan.of(c.amount)}} writes "10,278.24 元" / "10,278.24 CNY" (put it in a cell of class
 * {@code amount}); {@code ${yuan.tile(total)}} is for summary tiles and charts only.
 */
@ControllerAdvice(annotations = Controller.class) // page controllers of every feature, @PageController or not

class AmountsInPages {

    /** {@link Yuan} bound to one page's language. */
    public record Writer(Language lang) {
        public String of(BigDecimal amount) {
            return Yuan.of(amount, lang);
        }

        public String of(BigDecimal amount, String currency) {
            return Yuan.of(amount, lang, currency);
        }

        public String tile(BigDecimal amount) {
            return Yuan.tile(amount, lang);
        }

        public String tile(BigDecimal amount, String currency) {
            return Yuan.tile(amount, lang, currency);
        }
    }

    @ModelAttribute("yuan")
    Writer yuan(Locale locale) {
        return new Writer(PageLanguage.of(locale));
    }
}
