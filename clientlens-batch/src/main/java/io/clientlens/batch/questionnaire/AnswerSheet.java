package io.clientlens.batch.questionnaire;

import io.clientlens.customer.FieldProblem;
import io.clientlens.questionnaire.Answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An answers file: {@code {"questionnaire": ID, "answers": {QUESTION: OPTION}}}; for a question
 * with several ticks (the cues of social style) the value is a list of options.
 */
public record AnswerSheet(String questionnaireId, Answers answers) {

    public static AnswerSheet parse(String text, String source) {
        return of(JsonTree.parse(text, source), source);
    }

    /** From an already parsed JSON object (the REST body). */
    public static AnswerSheet of(Map<String, Object> root, String source) {
        List<FieldProblem> problems = new ArrayList<>();
        JsonTree t = new JsonTree(problems);
        t.onlyKeys(root, "", List.of("questionnaire", "answers"));
        String id = t.text(root, "", "questionnaire", true);
        Map<String, Object> raw = t.object(root, "", "answers", true);
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((question, value) -> {
                if (value instanceof String option) {
                    chosen.put(question, List.of(option));
                } else if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
                    chosen.put(question, list.stream().map(String.class::cast).toList());
                } else {
                    t.problem("answers." + question, "应为选项编号或选项编号列表", "expected an option id or a list of option ids");
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new DocumentInvalid(source, problems);
        }
        return new AnswerSheet(id, new Answers(chosen));
    }
}
