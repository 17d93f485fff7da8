package io.clientlens.batch.rules;

import io.clientlens.code.InputRejected;
import io.clientlens.code.Label;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a segment rules file (docs/SEGMENTS.md). The YAML node tree is walked by hand so that
 * every problem names its line; unknown keys are rejected rather than ignored.
 */
public final class SegmentRulesYaml {
    private static final Set<String> TOP_KEYS = Set.of("version", "segments");
    private static final Set<String> SEGMENT_KEYS = Set.of("name", "label", "priority", "expression");

    private SegmentRulesYaml() {
    }

    public static SegmentRules load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new InputRejected("无法读取规则文件 " + file, "cannot read rules file " + file, e);
        }
    }

    public static SegmentRules parse(String yaml, String source) {
        List<InvalidSegmentRules.Problem> problems = new ArrayList<>();
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(yaml));
        } catch (MarkedYAMLException e) {
            throw new InvalidSegmentRules(source, List.of(InvalidSegmentRules.Problem.of(null,
                    e.getProblemMark().getLine() + 1, e.getProblemMark().getColumn() + 1,
                    "不是有效的 YAML：" + e.getProblem(), "not valid YAML: " + e.getProblem())));
        }
        if (!(root instanceof MappingNode top)) {
            throw new InvalidSegmentRules(source, List.of(InvalidSegmentRules.Problem.of(null, 1, 0,
                    "应为含 version 与 segments 的映射", "expected a mapping with 'version' and 'segments'")));
        }
        Map<String, Node> fields = fields(top, TOP_KEYS, null, problems);
        String version = scalar(fields.get("version"));
        if (version == null) {
            problems.add(InvalidSegmentRules.Problem.of(null, line(top), 0, "缺少 version（必填）", "'version' is required"));
        }
        List<SegmentRule> segments = new ArrayList<>();
        Node list = fields.get("segments");
        if (list instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                SegmentRule rule = segment(item, problems);
                if (rule != null) {
                    segments.add(rule);
                }
            }
        } else {
            problems.add(InvalidSegmentRules.Problem.of(null, list == null ? line(top) : line(list), 0,
                    "segments 应为列表", "'segments' must be a list"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSegmentRules(source, problems);
        }
        try {
            return new SegmentRules(version, segments);
        } catch (IllegalArgumentException e) {
            throw new InvalidSegmentRules(source, List.of(new InvalidSegmentRules.Problem(null, 0, 0, InvalidSegmentRules.Problem.reasonOf(e))));
        }
    }

    private static SegmentRule segment(Node item, List<InvalidSegmentRules.Problem> problems) {
        if (!(item instanceof MappingNode map)) {
            problems.add(InvalidSegmentRules.Problem.of(null, line(item), 0, "每个客群应为映射（name、label、priority、expression）",
                    "a segment must be a mapping"));
            return null;
        }
        int before = problems.size();
        Map<String, Node> f = fields(map, SEGMENT_KEYS, scalar(fieldNode(map, "name")), problems);
        String name = scalar(f.get("name"));
        Label label = label(f.get("label"), name, problems);
        Integer priority = integer(f.get("priority"), name, problems);
        Node expression = f.get("expression");
        if (expression == null || scalar(expression) == null) {
            problems.add(InvalidSegmentRules.Problem.of(name, line(map), 0, "缺少 expression（必填）", "'expression' is required"));
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return new SegmentRule(name, label, priority == null ? 100 : priority, scalar(expression), line(expression));
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidSegmentRules.Problem(name, line(map), 0, InvalidSegmentRules.Problem.reasonOf(e)));
            return null;
        }
    }

    private static Label label(Node node, String segment, List<InvalidSegmentRules.Problem> problems) {
        if (!(node instanceof MappingNode map)) {
            problems.add(InvalidSegmentRules.Problem.of(segment, node == null ? 0 : line(node), 0,
                    "label 应为 {zh: …, en: …}", "'label' must be {zh: …, en: …}"));
            return null;
        }
        Map<String, Node> f = fields(map, Set.of("zh", "en"), segment, problems);
        String zh = scalar(f.get("zh"));
        String en = scalar(f.get("en"));
        if (zh == null || en == null) {
            problems.add(InvalidSegmentRules.Problem.of(segment, line(map), 0, "label 须同时有 zh 与 en", "'label' needs both zh and en"));
            return null;
        }
        return Label.of(zh, en);
    }

    private static Integer integer(Node node, String segment, List<InvalidSegmentRules.Problem> problems) {
        String text = scalar(node);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            problems.add(InvalidSegmentRules.Problem.of(segment, line(node), 0,
                    "priority 应为整数，实为“" + text + "”", "'priority' must be a whole number, was '" + text + "'"));
            return null;
        }
    }

    private static Map<String, Node> fields(MappingNode map, Set<String> allowed, String segment,
                                            List<InvalidSegmentRules.Problem> problems) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = scalar(t.getKeyNode());
            if (key == null || !allowed.contains(key)) {
                List<String> keys = allowed.stream().sorted().toList();
                problems.add(InvalidSegmentRules.Problem.of(segment, line(t.getKeyNode()), 0,
                        "未知的键“" + key + "”，应为 " + String.join("、", keys) + " 之一",
                        "unknown key '" + key + "'; expected one of " + keys));
            } else {
                out.put(key, t.getValueNode());
            }
        }
        return out;
    }

    private static Node fieldNode(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (key.equals(scalar(t.getKeyNode()))) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    private static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
