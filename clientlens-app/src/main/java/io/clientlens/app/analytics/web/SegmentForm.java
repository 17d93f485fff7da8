package io.clientlens.app.analytics.web;

import io.clientlens.batch.rules.CompiledSegments;
import io.clientlens.batch.rules.InvalidSegmentRules;
import io.clientlens.batch.rules.SegmentRule;
import io.clientlens.code.Label;
import io.clientlens.code.Language;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The segment editor's form as typed. {@link #problems} checks every field, the expression with the CEL
 * compiler and type checker; {@link #rule} is only called when there are none.
 */
record SegmentForm(String name, String labelZh, String labelEn, String priority, String expression) {
    static final SegmentForm EMPTY = new SegmentForm("", "", "", "100", "");
    static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}";

    /** A problem of one field: a message key and its arguments. */
    record Problem(String key, Object... arguments) {
        /** The arguments for the message in {@code language}: a text given in both languages is shown in that one. */
        Object[] arguments(Language language) {
            return java.util.Arrays.stream(arguments).map(a -> a instanceof Label l ? l.in(language) : a).toArray();
        }
    }

    /** Field name → problem, in form order; empty when the segment may be saved. */
    Map<String, Problem> problems() {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (blank(name) || !name.strip().matches(NAME_PATTERN)) {
            problems.put("name", new Problem("seg.error.name"));
        }
        if (blank(labelZh)) {
            problems.put("labelZh", new Problem("seg.error.required"));
        }
        if (blank(labelEn)) {
            problems.put("labelEn", new Problem("seg.error.required"));
        }
        if (priorityValue() == null) {
            problems.put("priority", new Problem("seg.error.priority"));
        }
        InvalidSegmentRules.Problem cel = expressionProblem(expression);
        if (cel != null) {
            problems.put("expression", problemOf(cel));
        }
        return problems;
    }

    /** The problem of the expression field: required, or where CEL found the error and what it is. */
    static Problem problemOf(InvalidSegmentRules.Problem cel) {
        return cel.line() == 0 ? new Problem("seg.error.required")
                : new Problem("seg.error.expression", cel.line(), cel.column(), cel.text());
    }

    /** Null when the expression compiles to true/false; line 0 when it is empty. */
    static InvalidSegmentRules.Problem expressionProblem(String expression) {
        if (blank(expression)) {
            return new InvalidSegmentRules.Problem("expression", 0, 0, Label.of("必填", "required"));
        }
        return CompiledSegments.check(new SegmentRule("expression", Label.of("检查", "Check"), 0, expression, 0));
    }

    SegmentRule rule() {
        return new SegmentRule(name.strip(), Label.of(labelZh.strip(), labelEn.strip()), priorityValue(), expression, 0);
    }

    private Integer priorityValue() {
        try {
            int p = Integer.parseInt(priority == null ? "" : priority.strip());
            return p >= 0 && p <= 100_000 ? p : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
