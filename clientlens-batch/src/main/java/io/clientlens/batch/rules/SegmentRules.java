package io.clientlens.batch.rules;

import io.clientlens.code.InputRejected;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A rules file: its version and the segments, kept in listing order (priority, then name). */
public record SegmentRules(String version, List<SegmentRule> segments) {
    public static final SegmentRules NONE = new SegmentRules("none", List.of());

    public SegmentRules {
        if (version == null || version.isBlank()) {
            throw new InputRejected("规则文件：缺少 version（必填）", "rules: version is required");
        }
        Set<String> names = new HashSet<>();
        for (SegmentRule rule : segments) {
            if (!names.add(rule.name())) {
                throw new InputRejected("客群 " + rule.name() + " 定义了两次" + (rule.line() > 0 ? "（第二次在第 " + rule.line() + " 行）" : ""),
                        "segment " + rule.name() + " is defined twice"
                        + (rule.line() > 0 ? " (second at line " + rule.line() + ")" : ""));
            }
        }
        segments = segments.stream()
                .sorted(Comparator.comparingInt(SegmentRule::priority).thenComparing(SegmentRule::name))
                .toList();
    }
}
