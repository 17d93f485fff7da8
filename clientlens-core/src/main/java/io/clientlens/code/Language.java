package io.clientlens.code;

import java.util.Locale;

/** The languages ClientLens speaks; Chinese is the default. */
public enum Language {
    ZH, EN;

    public static Language parse(String text) {
        if (text == null || text.isBlank()) {
            return ZH;
        }
        String lower = text.trim().toLowerCase(Locale.ROOT);
        if (lower.startsWith("en")) {
            return EN;
        }
        if (lower.startsWith("zh")) {
            return ZH;
        }
        throw new IllegalArgumentException("language '" + text + "' is not supported; expected zh or en");
    }
}
