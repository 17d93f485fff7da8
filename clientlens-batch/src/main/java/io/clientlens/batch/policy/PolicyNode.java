package io.clientlens.batch.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One value of the loaded YAML with its key path. Reading never throws: a value of the wrong
 * shape records a problem naming the path and gives null, so that one pass finds every mistake.
 */
record PolicyNode(String path, Object value, List<String> problems) {

    static PolicyNode root(Object value, List<String> problems) {
        return new PolicyNode("", value, problems);
    }

    boolean isAbsent() {
        return value == null;
    }

    void problem(String text) {
        problems.add((path.isEmpty() ? "(document)" : path) + ": " + text);
    }

    /** The value under {@code key}; absent when this is not a mapping or lacks the key. */
    PolicyNode get(String key) {
        Object child = value instanceof Map<?, ?> ? entries().get(key) : null;
        return new PolicyNode(path.isEmpty() ? key : path + "." + key, child, problems);
    }

    /** Whether this is a mapping with only the given keys; reports a missing value, another shape and each unknown key. */
    boolean isMappingOf(List<String> keys) {
        if (isAbsent()) {
            problem("missing (required): expected the keys " + String.join(", ", keys));
            return false;
        }
        if (!(value instanceof Map<?, ?>)) {
            problem("expected the keys " + String.join(", ", keys) + ", found " + describe(value));
            return false;
        }
        entries().keySet().stream().filter(key -> !keys.contains(key)).forEach(key ->
                get(key).problem("unknown key (expected one of " + String.join(", ", keys) + ")"));
        return true;
    }

    /** The keys and values of a mapping, keys as written (a number key 5 is "5"). */
    Map<String, Object> entries() {
        Map<String, Object> entries = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> entries.put(textOf(key), child));
        }
        return entries;
    }

    List<PolicyNode> list() {
        if (isAbsent()) {
            problem("missing (required): expected a list");
            return null;
        }
        if (!(value instanceof List<?> items)) {
            problem("expected a list such as [A, B], found " + describe(value));
            return null;
        }
        List<PolicyNode> nodes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            nodes.add(new PolicyNode(path + "[" + i + "]", items.get(i), problems));
        }
        return nodes;
    }

    String text() {
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        problem(isAbsent() ? "missing (required): expected a text" : "expected a non-blank text, found " + describe(value));
        return null;
    }

    BigDecimal decimal() {
        if (value instanceof BigDecimal number) {
            return number;
        }
        problem(isAbsent() ? "missing (required): expected a number" : "expected a number, found " + describe(value));
        return null;
    }

    /** A number ≥ {@code atLeast} without fraction; {@code unit} says what it counts, e.g. "days". */
    Integer wholeNumber(String unit, int atLeast) {
        String expected = "expected a whole number" + (unit.isEmpty() ? "" : " of " + unit);
        if (!(value instanceof BigDecimal number)) {
            problem(isAbsent() ? "missing (required): " + expected : expected + ", found " + describe(value));
            return null;
        }
        int whole;
        try {
            whole = number.intValueExact();
        } catch (ArithmeticException e) {
            problem(expected + ", found " + number.toPlainString());
            return null;
        }
        if (whole < atLeast) {
            problem("must be at least " + atLeast + ", found " + whole);
            return null;
        }
        return whole;
    }

    static String describe(Object value) {
        if (value instanceof String text) {
            // a whole other file read as one text (a CSV given for a policy) is named by its start, not printed whole
            String shown = text.length() > 60 ? text.substring(0, 60).strip() + "…" : text;
            return isNumber(text) ? "the text \"" + shown + "\" (write numbers without quotes)" : "\"" + shown + "\"";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Map<?, ?>) {
            return "a mapping of keys";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        return value == null ? "nothing" : String.valueOf(value);
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String textOf(Object key) {
        return key instanceof BigDecimal number ? number.toPlainString() : String.valueOf(key);
    }
}
