package io.clientlens.batch.rules;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dimension compared with a code it does not have ({@code dimensions.aumTier == "AFFLUEN"}) type-checks in CEL and
 * silently matches nobody; it is refused instead, naming the code and the codes that exist. Free-text dimensions (the
 * region) have no fixed codes and are not checked.
 */
final class UnknownCodes {
    private static final String STRING = "\"([^\"\\\\]*)\"|'([^'\\\\]*)'";
    private static final Pattern DIMENSION_FIRST = Pattern.compile("dimensions\\.(\\w+)\\s*(?:==|!=)\\s*(?:" + STRING + ")");
    private static final Pattern CODE_FIRST = Pattern.compile("(?:" + STRING + ")\\s*(?:==|!=)\\s*dimensions\\.(\\w+)");
    private static final Pattern IN_LIST = Pattern.compile("dimensions\\.(\\w+)\\s+in\\s+\\[([^\\]]*)]");
    private static final Pattern LIST_ITEM = Pattern.compile(STRING);

    private UnknownCodes() {
    }

    /** The first comparison with a code the dimension does not have, or null. */
    static InvalidSegmentRules.Problem first(SegmentRule rule) {
        String text = rule.expression();
        Matcher m = DIMENSION_FIRST.matcher(text);
        while (m.find()) {
            InvalidSegmentRules.Problem p = check(rule, m.group(1), m.group(2) != null ? m.group(2) : m.group(3), m.start());
            if (p != null) {
                return p;
            }
        }
        m = CODE_FIRST.matcher(text);
        while (m.find()) {
            InvalidSegmentRules.Problem p = check(rule, m.group(3), m.group(1) != null ? m.group(1) : m.group(2), m.start());
            if (p != null) {
                return p;
            }
        }
        m = IN_LIST.matcher(text);
        while (m.find()) {
            Matcher item = LIST_ITEM.matcher(m.group(2));
            while (item.find()) {
                InvalidSegmentRules.Problem p = check(rule, m.group(1), item.group(1) != null ? item.group(1) : item.group(2),
                        m.start(2) + item.start());
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private static InvalidSegmentRules.Problem check(SegmentRule rule, String dimensionCode, String code, int offset) {
        Dimension d = Dimension.byCode(dimensionCode).orElse(null);
        if (d == null || code.isEmpty() || d.accepts(code)) {
            return null; // an unknown dimension is reported by the type check; "" (no value) is never a code
        }
        List<String> codes = d.valueCodes();
        String before = rule.expression().substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = offset - before.lastIndexOf('\n');
        return new InvalidSegmentRules.Problem(rule.name(), rule.line() > 0 ? rule.line() + line - 1 : line, column,
                Label.of("维度 " + dimensionCode + "（" + d.label().zh() + "）没有代码“" + code + "”，可选：" + String.join("、", codes),
                        "dimension " + dimensionCode + " has no code '" + code + "'; expected one of " + String.join(", ", codes)
                        + " or " + Dimension.UNKNOWN));
    }
}
