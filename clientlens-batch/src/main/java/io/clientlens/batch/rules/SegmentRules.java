package io.clientlens.batch.rules;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A rules file: its version and the segments, kept in listing order (priority, then name). */
public record SegmentRules(String version, List<SegmentRule> segments) {
    public static final SegmentRules NONE = new SegmentRules("none", List.of());

    public SegmentRules {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("rules: version is required");
        }
        Set<String> names = new HashSet<>();
        for (SegmentRule rule : segments) {
            if (!names.add(rule.name())) {
                throw new IllegalArgumentException("segment " + rule.name() + " is defined twice"
                        + (rule.line() > 0 ? " (second at line " + rule.line() + ")" : ""));
            }
        }
        segments = segments.stream()
                .sorted(Comparator.comparingInt(SegmentRule::priority).thenComparing(SegmentRule::name))
                .toList();
    }
}
