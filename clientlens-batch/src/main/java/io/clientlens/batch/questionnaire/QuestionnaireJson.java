package io.clientlens.batch.questionnaire;

import io.clientlens.code.Label;
import io.clientlens.customer.FieldProblem;
import io.clientlens.questionnaire.ConsistencyCheck;
import io.clientlens.questionnaire.Option;
import io.clientlens.questionnaire.Question;
import io.clientlens.questionnaire.Questionnaire;
import io.clientlens.questionnaire.QuestionnaireKind;
import io.clientlens.questionnaire.QuestionnaireRules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A questionnaire definition as JSON (the shipped ones are in {@code io/clientlens/questionnaire/}):
 * {@code {"id", "kind", "version", "title": {zh, en}, "questions": [{"id", "text", "multiple",
 * "options": [{"id", "text", "points", "counts", "capsAt"}]}], "consistencyChecks": [...]}}.
 */
public final class QuestionnaireJson {
    private static final List<String> TOP = List.of("id", "kind", "version", "title", "questions", "consistencyChecks");

    private QuestionnaireJson() {
    }

    /** The questionnaire, or {@link DocumentInvalid} with every problem (shape and {@link QuestionnaireRules}). */
    public static Questionnaire parse(String text, String source) {
        List<FieldProblem> problems = new ArrayList<>();
        JsonTree t = new JsonTree(problems);
        Map<String, Object> root = JsonTree.parse(text, source);
        t.onlyKeys(root, "", TOP);
        String id = t.text(root, "", "id", true);
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            t.problem("id", "编号应为小写字母、数字和连字符，如 risk-tolerance-v2", "expected lower-case letters, digits and hyphens, e.g. risk-tolerance-v2");
        }
        String kindText = t.text(root, "", "kind", true);
        QuestionnaireKind kind = kindText == null ? null : Arrays.stream(QuestionnaireKind.values())
                .filter(k -> k.name().equals(kindText)).findFirst().orElse(null);
        if (kindText != null && kind == null) {
            t.problem("kind", "应为 " + Arrays.toString(QuestionnaireKind.values()) + " 之一", "expected one of " + Arrays.toString(QuestionnaireKind.values()));
        }
        Integer version = t.whole(root, "", "version", true);
        Label title = t.label(root, "", "title");
        List<Question> questions = new ArrayList<>();
        List<?> items = t.list(root, "", "questions", true);
        for (int i = 0; items != null && i < items.size(); i++) {
            questions.add(question(t, items.get(i), "questions[" + i + "]"));
        }
        List<ConsistencyCheck> checks = new ArrayList<>();
        List<?> checkItems = t.list(root, "", "consistencyChecks", false);
        for (int i = 0; checkItems != null && i < checkItems.size(); i++) {
            checks.add(check(t, checkItems.get(i), "consistencyChecks[" + i + "]"));
        }
        if (problems.isEmpty()) {
            Questionnaire q = new Questionnaire(id, kind, version, title, questions, checks);
            problems.addAll(QuestionnaireRules.problems(q));
            if (problems.isEmpty()) {
                return q;
            }
        }
        throw new DocumentInvalid(source, problems);
    }

    @SuppressWarnings("unchecked")
    private static Question question(JsonTree t, Object item, String path) {
        if (!(item instanceof Map<?, ?> raw)) {
            t.problem(path, "应为对象", "expected an object");
            return null;
        }
        Map<String, Object> map = (Map<String, Object>) raw;
        t.onlyKeys(map, path, List.of("id", "text", "multiple", "options"));
        String id = t.text(map, path, "id", true);
        Label text = t.label(map, path, "text");
        boolean multiple = t.flag(map, path, "multiple");
        List<Option> options = new ArrayList<>();
        List<?> items = t.list(map, path, "options", true);
        for (int i = 0; items != null && i < items.size(); i++) {
            String p = path + ".options[" + i + "]";
            if (!(items.get(i) instanceof Map<?, ?> o)) {
                t.problem(p, "应为对象", "expected an object");
                continue;
            }
            Map<String, Object> om = (Map<String, Object>) o;
            t.onlyKeys(om, p, List.of("id", "text", "points", "counts", "capsAt"));
            String oid = t.text(om, p, "id", true);
            Label otext = t.label(om, p, "text");
            Integer points = t.whole(om, p, "points", true);
            options.add(new Option(oid, otext, points == null ? 0 : points, t.text(om, p, "counts", false), t.text(om, p, "capsAt", false)));
        }
        return new Question(id, text, multiple, options);
    }

    @SuppressWarnings("unchecked")
    private static ConsistencyCheck check(JsonTree t, Object item, String path) {
        if (!(item instanceof Map<?, ?> raw)) {
            t.problem(path, "应为对象", "expected an object");
            return null;
        }
        Map<String, Object> map = (Map<String, Object>) raw;
        t.onlyKeys(map, path, List.of("id", "whenAll", "message"));
        String id = t.text(map, path, "id", true);
        List<?> when = t.list(map, path, "whenAll", true);
        Label message = t.label(map, path, "message");
        List<String> pairs = when == null ? List.of() : when.stream().map(String::valueOf).toList();
        return new ConsistencyCheck(id, pairs, message);
    }
}
