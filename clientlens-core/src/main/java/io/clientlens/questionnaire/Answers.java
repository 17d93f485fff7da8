package io.clientlens.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The options chosen, by question id; a single-choice question has one, a cue list may have several. */
public record Answers(Map<String, List<String>> chosen) {
    public Answers {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        chosen.forEach((q, options) -> copy.put(q, List.copyOf(options)));
        chosen = java.util.Collections.unmodifiableMap(copy);
    }

    /** For tests and single-choice sheets: question, option, question, option, … */
    public static Answers of(String... questionsAndOptions) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < questionsAndOptions.length; i += 2) {
            map.put(questionsAndOptions[i], List.of(questionsAndOptions[i + 1]));
        }
        return new Answers(map);
    }

    public boolean gave(String questionId, String optionId) {
        return chosen.getOrDefault(questionId, List.of()).contains(optionId);
    }
}
