package io.clientlens.questionnaire;

import io.clientlens.code.Label;

import java.util.Arrays;
import java.util.Optional;

/** Where an assessment was made; only {@link #BRANCH} is face to face (docs/SUITABILITY.md). */
public enum Channel {
    BRANCH(Label.of("网点面对面", "At a branch, face to face")),
    ONLINE(Label.of("网上", "Online")),
    PHONE(Label.of("电话", "By phone"));

    private final Label label;

    Channel(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }

    public boolean isFaceToFace() {
        return this == BRANCH;
    }

    /** Case-insensitive: {@code branch} and {@code BRANCH} both name the branch. */
    public static Optional<Channel> parse(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(text.trim())).findFirst();
    }
}
