package io.clientlens.code;

import java.util.Objects;

/** A text in both of the product's languages: Chinese first, English second. */
public record Label(String zh, String en) {
    public Label {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static Label of(String zh, String en) {
        return new Label(zh, en);
    }

    public String in(Language language) {
        return language == Language.EN ? en : zh;
    }
}
