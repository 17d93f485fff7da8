package io.clientlens.batch.policy;

import io.clientlens.code.Dimension;
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
        node.problems().addAll(Bands.problems(node.path(), bands));
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
                        .problem("\"" + codes.get(i) + "\" is already the code of band [" + first + "]; each code names one band");
            }
        }
        dimension.valueCodes().stream().filter(code -> !codes.contains(code)).forEach(code ->
                node.problem("no band for " + code + " (each code of " + dimension.code() + " needs one band: "
                        + String.join(", ", dimension.valueCodes()) + ")"));
    }

    static String code(PolicyNode node, Dimension dimension) {
        String text = node.text();
        if (text != null && !dimension.valueCodes().contains(text)) {
            node.problem("\"" + text + "\" is not a code of " + dimension.code() + " (expected one of "
                    + String.join(", ", dimension.valueCodes()) + ")");
            return null;
        }
        return text;
    }

    static String matching(PolicyNode node, String pattern, String expected) {
        String text = node.text();
        if (text != null && !text.matches(pattern)) {
            node.problem("expected " + expected + ", found \"" + text + "\"");
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
            node.problem("at least one entry is required");
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
                items.get(i).problem("\"" + texts.get(i) + "\" is listed twice");
                clean = false;
            }
        }
        return clean ? Collections.unmodifiableSet(seen) : null;
    }

    static BigDecimal share(PolicyNode node, boolean mayBeWhole) {
        BigDecimal value = node.decimal();
        boolean tooHigh = value != null && value.compareTo(BigDecimal.ONE) > (mayBeWhole ? 0 : -1);
        if (value != null && (value.signum() <= 0 || tooHigh)) {
            node.problem("must be greater than 0 and " + (mayBeWhole ? "at most 1" : "less than 1")
                    + " (0.80 means 80 %), found " + value.toPlainString());
            return null;
        }
        return value;
    }

    static BigDecimal rate(PolicyNode node) {
        BigDecimal value = node.decimal();
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            node.problem("must be a fraction between 0 and 1 (0.015 means 1.5 %), found " + value.toPlainString());
            return null;
        }
        return value;
    }

    static BigDecimal positive(PolicyNode node) {
        BigDecimal value = node.decimal();
        if (value != null && value.signum() <= 0) {
            node.problem("must be greater than 0, found " + value.toPlainString());
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
            node.problem("must not be negative, found " + value.toPlainString());
            return null;
        }
        return value;
    }

    /** true or false; booleans are read as text (see {@link ExactScalars}), so they are matched here. */
    static Boolean yesOrNo(PolicyNode node) {
        if (node.value() instanceof String text && (text.equals("true") || text.equals("false"))) {
            return Boolean.valueOf(text);
        }
        node.problem(node.isAbsent() ? "missing (required): expected true or false"
                : "expected true or false, found " + PolicyNode.describe(node.value()));
        return null;
    }
}
