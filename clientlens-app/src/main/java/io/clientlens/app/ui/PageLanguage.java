package io.clientlens.app.ui;

import io.clientlens.code.Language;

import java.util.Locale;

/** The language a page is written in: English when the request's locale is English, Chinese otherwise. */
public final class PageLanguage {
    private PageLanguage() {
    }

    public static Language of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Language.EN : Language.ZH;
    }
}
