package io.clientlens.batch.questionnaire;

import io.clientlens.code.ControlCharacters;
import io.clientlens.code.Label;
import io.clientlens.customer.FieldProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading a small JSON document as maps and lists, recording a problem per wrong field instead of throwing. */
final class JsonTree {
    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final List<FieldProblem> problems;

    JsonTree(List<FieldProblem> problems) {
        this.problems = problems;
    }

    static Map<String, Object> parse(String text, String source) {
        try {
            Object value = JSON.readValue(text, Object.class);
            if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) map;
                return object;
            }
        } catch (JacksonException e) {
            throw new DocumentInvalid(source, List.of(new FieldProblem("(document)", "不是有效的JSON：" + e.getOriginalMessage(),
                    "not valid JSON: " + e.getOriginalMessage())));
        }
        throw new DocumentInvalid(source, List.of(new FieldProblem("(document)", "应为JSON对象", "expected a JSON object")));
    }

    void problem(String field, String zh, String en) {
        problems.add(new FieldProblem(field, zh, en));
    }

    void onlyKeys(Map<String, Object> map, String path, List<String> keys) {
        map.keySet().stream().filter(k -> !keys.contains(k)).forEach(k ->
                problem(join(path, k), "未知字段，可用：" + keys, "unknown field; expected one of " + keys));
    }

    String text(Map<String, Object> map, String path, String key, boolean required) {
        Object value = map.get(key);
        if (value instanceof String s && ControlCharacters.holdsNul(s)) {
            // the definition is stored as it came, and the database cannot hold a NUL: say where it is
            problem(join(path, key), ControlCharacters.REFUSED.zh(), ControlCharacters.REFUSED.en());
            return null;
        }
        if (value instanceof String s && !s.isBlank()) {
            return s;
        }
        if (value != null || required) {
            problem(join(path, key), value == null ? "缺少（必填），应为文本" : "应为非空文本", value == null ? "missing (required): expected a text" : "expected a non-blank text");
        }
        return null;
    }

    Integer whole(Map<String, Object> map, String path, String key, boolean required) {
        Object value = map.get(key);
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        if (value != null || required) {
            problem(join(path, key), value == null ? "缺少（必填），应为整数" : "应为整数", value == null ? "missing (required): expected a whole number" : "expected a whole number");
        }
        return null;
    }

    boolean flag(Map<String, Object> map, String path, String key) {
        Object value = map.get(key);
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        problem(join(path, key), "应为 true 或 false", "expected true or false");
        return false;
    }

    Label label(Map<String, Object> map, String path, String key) {
        Map<String, Object> object = object(map, path, key, true);
        if (object == null) {
            return null;
        }
        String p = join(path, key);
        onlyKeys(object, p, List.of("zh", "en"));
        String zh = text(object, p, "zh", true);
        String en = text(object, p, "en", true);
        return zh == null || en == null ? null : Label.of(zh, en);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(Map<String, Object> map, String path, String key, boolean required) {
        Object value = map.get(key);
        if (value instanceof Map<?, ?> m) {
            return new LinkedHashMap<>((Map<String, Object>) m);
        }
        if (value != null || required) {
            problem(join(path, key), value == null ? "缺少（必填），应为对象" : "应为对象", value == null ? "missing (required): expected an object" : "expected an object");
        }
        return null;
    }

    List<?> list(Map<String, Object> map, String path, String key, boolean required) {
        Object value = map.get(key);
        if (value instanceof List<?> l) {
            return l;
        }
        if (value != null || required) {
            problem(join(path, key), value == null ? "缺少（必填），应为列表" : "应为列表", value == null ? "missing (required): expected a list" : "expected a list");
        }
        return null;
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
