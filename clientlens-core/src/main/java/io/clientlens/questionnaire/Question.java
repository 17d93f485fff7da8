package io.clientlens.questionnaire;

import io.clientlens.code.Label;

import java.util.List;
import java.util.Optional;

/** A question; {@code multiple} lets several options be ticked (the observed cues of social style). */
public record Question(String id, Label text, boolean multiple, List<Option> options) {
    public Question {
        options = List.copyOf(options);
    }

    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    int maxPoints() {
        return multiple ? options.stream().mapToInt(Option::points).sum()
                : options.stream().mapToInt(Option::points).max().orElse(0);
    }
}
