package io.clientlens.batch.policy;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.policy.Band;
import io.clientlens.policy.Bands;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Readers for the kinds of value a policy holds (bands, codes, shares, rates, lists of texts).
 * Like {@link PolicyNode} they record a problem with the key path and give null instead of throwing.
 */
final class PolicyValues {

    static final List<String> BAND_KEYS = List.of("code", "min", "max");

    private PolicyValues() {
    }

    /** Bands of a range rule: each a code of the dimension, together covering [0, ∞) and every code once. */
    static Bands bands(PolicyNode node, Dimension dimension) {
        List<PolicyNode> items = node.list();
        if (items == null) {
            return null;
        }
        int before = node.problems().size();
        List<Band> bands = items.stream().map(item -> band(item, dimension)).toList();
        if (node.problems().size() > before) {
            return null;
        }
        Bands.problems(node.path(), bands).forEach(problem ->
                node.problems().add(new PolicyInvalid.Problem(problem.field(), problem.zh(), problem.en())));
        checkEachCodeOnce(node, bands, dimension);
        return node.problems().size() > before ? null : new Bands(bands);
    }

    private static Band band(PolicyNode item, Dimension dimension) {
        if (!item.isMappingOf(BAND_KEYS)) {
            return null;
        }
        String code = code(item.get("code"), dimension);
        BigDecimal min = item.get("min").decimal();
        PolicyNode maxNode = item.get("max");
        BigDecimal max = maxNode.isAbsent() ? null : maxNode.decimal();
        return code == null || min == null || (max == null && !maxNode.isAbsent()) ? null : new Band(code, min, max);
    }

    // A missing code would leave a class no customer can reach; a repeated one makes two ranges mean the same.
    private static void checkEachCodeOnce(PolicyNode node, List<Band> bands, Dimension dimension) {
        List<String> codes = bands.stream().map(Band::code).toList();
        for (int i = 0; i < codes.size(); i++) {
            int first = codes.indexOf(codes.get(i));
            if (first < i) {
                new PolicyNode(node.path() + "[" + i + "].code", codes.get(i), node.problems())
                        .problem("“" + codes.get(i) + "”已是区间 [" + first + "] 的代码；每个代码只能对应一个区间",
                                "\"" + codes.get(i) + "\" is already the code of band [" + first + "]; each code names one band");
            }
        }
        Label all = PolicyNode.listed(dimension.valueCodes());
        dimension.valueCodes().stream().filter(code -> !codes.contains(code)).forEach(code ->
                node.problem("缺少 " + code + " 的区间（" + dimension.code() + " 的每个代码都需要一个区间：" + all.zh() + "）",
                        "no band for " + code + " (each code of " + dimension.code() + " needs one band: " + all.en() + ")"));
    }

    static String code(PolicyNode node, Dimension dimension) {
        String text = node.text();
        if (text != null && !dimension.valueCodes().contains(text)) {
            notOneOf(node, text, Label.of(dimension.code() + " 的代码", "a code of " + dimension.code()), dimension.valueCodes());
            return null;
        }
        return text;
    }

    /** "\"X\" is not a code of aumTier (expected one of MASS, AFFLUENT, PRIVATE)": a text that names nothing known. */
    static void notOneOf(PolicyNode node, String text, Label what, List<String> known) {
        Label listed = PolicyNode.listed(known);
        node.problem("“" + text + "”" + PolicyNode.spaced("不是", what.zh()) + "（应为以下之一：" + listed.zh() + "）",
                "\"" + text + "\" is not " + what.en() + " (expected one of " + listed.en() + ")");
    }

    /** A text of the form {@code pattern}; {@code expected} describes it, e.g. "a three-letter ISO 4217 code such as CNY". */
    static String matching(PolicyNode node, String pattern, Label expected) {
        String text = node.text();
        if (text != null && !text.matches(pattern)) {
            node.problem(PolicyNode.spaced("应为", expected.zh()), "expected " + expected.en(), PolicyNode.quoted(text));
            return null;
        }
        return text;
    }

    static Set<String> texts(PolicyNode node, boolean required) {
        List<PolicyNode> items = node.list();
        if (items == null) {
            return null;
        }
        if (required && items.isEmpty()) {
            node.problem("至少需要一项", "at least one entry is required");
        }
        return distinct(items.stream().map(PolicyNode::text).toList(), items);
    }

    /** The texts in file order, or null (with a problem per repeat) when one is missing or repeated. */
    static Set<String> distinct(List<String> texts, List<PolicyNode> items) {
        Set<String> seen = new LinkedHashSet<>();
        boolean clean = true;
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null) {
                clean = false;
            } else if (!seen.add(texts.get(i))) {
                items.get(i).problem("“" + texts.get(i) + "”重复列出", "\"" + texts.get(i) + "\" is listed twice");
                clean = false;
            }
        }
        return clean ? Collections.unmodifiableSet(seen) : null;
    }

    static BigDecimal share(PolicyNode node, boolean mayBeWhole) {
        BigDecimal value = node.decimal();
        boolean tooHigh = value != null && value.compareTo(BigDecimal.ONE) > (mayBeWhole ? 0 : -1);
        if (value != null && (value.signum() <= 0 || tooHigh)) {
            node.problem("必须大于 0 且" + (mayBeWhole ? "不大于 1" : "小于 1") + "（0.80 表示 80%）",
                    "must be greater than 0 and " + (mayBeWhole ? "at most 1" : "less than 1") + " (0.80 means 80 %)",
                    PolicyNode.number(value));
            return null;
        }
        return value;
    }

    static BigDecimal rate(PolicyNode node) {
        BigDecimal value = node.decimal();
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            node.problem("必须是 0 到 1 之间的小数（0.015 表示 1.5%）", "must be a fraction between 0 and 1 (0.015 means 1.5 %)",
                    PolicyNode.number(value));
            return null;
        }
        return value;
    }

    static BigDecimal positive(PolicyNode node) {
        BigDecimal value = node.decimal();
        if (value != null && value.signum() <= 0) {
            node.problem("必须大于 0", "must be greater than 0", PolicyNode.number(value));
            return null;
        }
        return value;
    }

    /** Whether any value is missing: a reader gave null after recording its problem, so nothing is built. */
    static boolean anyNull(Object... values) {
        for (Object value : values) {
            if (value == null) {
                return true;
            }
        }
        return false;
    }

    static BigDecimal atLeastZero(PolicyNode node) {
        BigDecimal value = node.decimal();
        if (value != null && value.signum() < 0) {
            node.problem("不能为负数", "must not be negative", PolicyNode.number(value));
            return null;
        }
        return value;
    }

    /** true or false; booleans are read as text (see {@link ExactScalars}), so they are matched here. */
    static Boolean yesOrNo(PolicyNode node) {
        if (node.value() instanceof String text && (text.equals("true") || text.equals("false"))) {
            return Boolean.valueOf(text);
        }
        if (node.isAbsent()) {
            node.missing("应为 true 或 false", "expected true or false");
        } else {
            node.problem("应为 true 或 false", "expected true or false", PolicyNode.describe(node.value()));
        }
        return null;
    }
}
