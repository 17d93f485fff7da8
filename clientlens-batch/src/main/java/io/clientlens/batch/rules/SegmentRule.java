package io.clientlens.batch.rules;

import io.clientlens.code.InputRejected;
import io.clientlens.code.Label;

/**
 * One custom segment: a name (a stable code), zh/en label, a priority (lower numbers are listed
 * first) and a boolean CEL expression. {@code line} is where the segment starts in its file (0 when
 * it did not come from a file), so that errors can point at it.
 */
public record SegmentRule(String name, Label label, int priority, String expression, int line) {
    public SegmentRule {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
            throw new InputRejected("客群名称：应为 1–64 个字母、数字、“-”、“_”或“.”，实为"
                    + (name == null ? "空" : "“" + name + "”"),
                    "segment name: expected 1–64 letters, digits, '-', '_' or '.', was "
                    + (name == null ? "nothing" : "'" + name + "'"));
        }
        if (label == null) {
            throw new InputRejected("客群 " + name + "：缺少 label {zh, en}（必填）", "segment " + name + ": label {zh, en} is required");
        }
        if (expression == null || expression.isBlank()) {
            throw new InputRejected("客群 " + name + "：缺少 expression（必填）", "segment " + name + ": expression is required");
        }
    }
}
