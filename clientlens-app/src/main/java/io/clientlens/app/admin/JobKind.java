package io.clientlens.app.admin;

import java.util.Locale;
import java.util.Optional;

/** What a job does: one of the three file imports or a classification run. */
public enum JobKind {
    PROFILES, CONTRIBUTIONS, PRODUCTS, CLASSIFICATION;

    public boolean isImport() {
        return this != CLASSIFICATION;
    }

    /** The kind named in a form field, any case; empty for anything else. */
    public static Optional<JobKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
