package io.clientlens.batch.policy;

import io.clientlens.code.Label;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One value of the loaded YAML with its key path. Reading never throws: a value of the wrong
 * shape records a problem (in Chinese and English) naming the path and gives null, so that one
 * pass finds every mistake.
 */
record PolicyNode(String path, Object value, List<PolicyInvalid.Problem> problems) {

    /** What a whole number counts, to say what is expected: "a whole number of days" / "整数天数". */
    enum Unit {
        DAYS("天数", "days"), WORKING_DAYS("工作日数", "working days"), HOURS("小时数", "hours"),
        MINUTES("分钟数", "minutes"), MONTHS("月数", "months"), YEARS("年数", "years"),
        POINTS("分值", "points"), TRANSACTIONS("交易笔数", "transactions"), TIMES("次数", "times"),
        COUNTERPARTIES("交易对手数", "counterparties"), PRODUCT_TYPES("产品类型数", "product types"),
        PURCHASES("购买次数", "purchases"), GAPS("缺口数", "gaps"), NEEDS("需求数", "needs");

        private final Label name;

        Unit(String zh, String en) {
            this.name = Label.of(zh, en);
        }
    }

    static PolicyNode root(Object value, List<PolicyInvalid.Problem> problems) {
        return new PolicyNode("", value, problems);
    }

    boolean isAbsent() {
        return value == null;
    }

    void problem(String zh, String en) {
        problems.add(new PolicyInvalid.Problem(path.isEmpty() ? PolicyInvalid.Problem.DOCUMENT : path, zh, en));
    }

    /** What was expected and what was {@code found} instead: "…, found 36.5" / "…，实际为 36.5". */
    void problem(String zh, String en, Label found) {
        problem(zh + "，" + spaced("实际为", found.zh()), en + ", found " + found.en());
    }

    /**
     * Chinese followed by {@code after}, with a space when that starts with a number, a key or a quoted text, as Chinese
     * typesetting sets them apart ({@code 实际为 "abc"}, {@code 不是 aumTier 的代码}); none between Chinese words.
     */
    static String spaced(String chinese, String after) {
        boolean bothChinese = !after.isEmpty() && Character.UnicodeScript.of(after.codePointAt(0)) == Character.UnicodeScript.HAN;
        return chinese + (bothChinese || after.isEmpty() ? "" : " ") + after;
    }

    /** A value that must exceed another key's: "must be greater than classAShare (0.80), found 0.75". */
    void mustBeGreaterThan(String otherKey, Label otherValue, Label found) {
        problem("必须大于 " + otherKey + "（" + otherValue.zh() + "）", "must be greater than " + otherKey + " (" + otherValue.en() + ")",
                found);
    }

    /** Keys or codes as a list: "MASS、AFFLUENT、PRIVATE" / "MASS, AFFLUENT, PRIVATE". */
    static Label listed(List<String> items) {
        return Label.of(String.join("、", items), String.join(", ", items));
    }

    /** A value shown as written in the file (a number, or a text in quotes): the same in both languages. */
    static Label asWritten(String text) {
        return Label.of(text, text);
    }

    static Label quoted(String text) {
        return asWritten("\"" + text + "\"");
    }

    static Label number(BigDecimal number) {
        return asWritten(number.toPlainString());
    }

    static Label number(int number) {
        return asWritten(String.valueOf(number));
    }

    /** The value under {@code key}; absent when this is not a mapping or lacks the key. */
    PolicyNode get(String key) {
        Object child = value instanceof Map<?, ?> ? entries().get(key) : null;
        return new PolicyNode(path.isEmpty() ? key : path + "." + key, child, problems);
    }

    /** Whether this is a mapping with only the given keys; reports a missing value, another shape and each unknown key. */
    boolean isMappingOf(List<String> keys) {
        Label listed = listed(keys);
        if (isAbsent()) {
            missing("应包含键 " + listed.zh(), "expected the keys " + listed.en());
            return false;
        }
        if (!(value instanceof Map<?, ?>)) {
            problem("应包含键 " + listed.zh(), "expected the keys " + listed.en(), describe(value));
            return false;
        }
        entries().keySet().stream().filter(key -> !keys.contains(key)).forEach(key ->
                get(key).problem("未知的键（应为以下之一：" + listed.zh() + "）", "unknown key (expected one of " + listed.en() + ")"));
        return true;
    }

    /** A required value that is not there: "missing (required): " and what belongs here. */
    void missing(String zhExpected, String enExpected) {
        problem("缺少（必填）：" + zhExpected, "missing (required): " + enExpected);
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
            missing("应为列表", "expected a list");
            return null;
        }
        if (!(value instanceof List<?> items)) {
            problem("应为列表，如 [A, B]", "expected a list such as [A, B]", describe(value));
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
        if (isAbsent()) {
            missing("应为文本", "expected a text");
        } else {
            problem("应为非空文本", "expected a non-blank text", describe(value));
        }
        return null;
    }

    BigDecimal decimal() {
        if (value instanceof BigDecimal number) {
            return number;
        }
        if (isAbsent()) {
            missing("应为数字", "expected a number");
        } else {
            problem("应为数字", "expected a number", describe(value));
        }
        return null;
    }

    /** A number ≥ {@code atLeast} without fraction; {@code unit} says what it counts. */
    Integer wholeNumber(Unit unit, int atLeast) {
        String zh = "应为整数" + unit.name.zh();
        String en = "expected a whole number of " + unit.name.en();
        if (!(value instanceof BigDecimal number)) {
            if (isAbsent()) {
                missing(zh, en);
            } else {
                problem(zh, en, describe(value));
            }
            return null;
        }
        int whole;
        try {
            whole = number.intValueExact();
        } catch (ArithmeticException e) {
            problem(zh, en, number(number));
            return null;
        }
        if (whole < atLeast) {
            problem("不能小于 " + atLeast, "must be at least " + atLeast, number(whole));
            return null;
        }
        return whole;
    }

    /** The value as a problem names what was found instead of what was expected. */
    static Label describe(Object value) {
        if (value instanceof String text) {
            // a whole other file read as one text (a CSV given for a policy) is named by its start, not printed whole
            String shown = "\"" + (text.length() > 60 ? text.substring(0, 60).strip() + "…" : text) + "\"";
            return isNumber(text) ? Label.of("文本 " + shown + "（数字不要加引号）", "the text " + shown + " (write numbers without quotes)")
                    : asWritten(shown);
        }
        if (value instanceof BigDecimal number) {
            return number(number);
        }
        if (value instanceof Map<?, ?>) {
            return Label.of("一组键值", "a mapping of keys");
        }
        if (value instanceof List<?>) {
            return Label.of("一个列表", "a list");
        }
        return value == null ? Label.of("空值", "nothing") : asWritten(String.valueOf(value));
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
