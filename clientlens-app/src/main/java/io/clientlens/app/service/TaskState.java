package io.clientlens.app.service;

import io.clientlens.code.Label;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a task stands: open, snoozed until a date, done by someone, or cleared because its condition ended. */
public enum TaskState {
    OPEN(Label.of("待办", "Open")),
    SNOOZED(Label.of("已推迟", "Snoozed")),
    DONE(Label.of("已完成", "Done")),
    CLEARED(Label.of("已自动解除", "Cleared"));

    private final Label label;

    TaskState(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }

    public boolean isOpen() {
        return this == OPEN || this == SNOOZED;
    }

    public static Optional<TaskState> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upper = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(upper)).findFirst();
    }
}
