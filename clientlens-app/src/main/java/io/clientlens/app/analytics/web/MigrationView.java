package io.clientlens.app.analytics.web;

import io.clientlens.app.analytics.RunMigration;
import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.code.Language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The migration between two runs as the page shows it: a table row per flow and the Sankey's nodes and
 * links. Old and new codes are separate nodes ("old:CORE", "new:CORE"): a Sankey must not have cycles.
 */
record MigrationView(RunMigration.Run from, RunMigration.Run to, Dimension dimension, String dimensionLabel, List<Row> rows,
                     long customers) {
    static final Label NEW_CUSTOMER = Label.of("新增客户（上次无）", "New (not in the old run)");
    static final Label GONE_CUSTOMER = Label.of("已不在（本次无）", "Gone (not in the new run)");

    record Row(String fromCode, String fromLabel, String toCode, String toLabel, long customers) {
        public boolean moved() {
            return !fromCode.equals(toCode);
        }
    }

    static MigrationView of(RunMigration.Run from, RunMigration.Run to, Dimension dimension, List<RunMigration.Flow> flows,
                            Language lang) {
        List<Row> rows = flows.stream().map(f -> new Row(f.from(), label(dimension, f.from(), NEW_CUSTOMER, lang), f.to(),
                label(dimension, f.to(), GONE_CUSTOMER, lang), f.customers())).toList();
        long customers = flows.stream().mapToLong(RunMigration.Flow::customers).sum();
        return new MigrationView(from, to, dimension, dimension.label().in(lang), rows, customers);
    }

    private static String label(Dimension dimension, String code, Label none, Language lang) {
        if (RunMigration.NONE.equals(code)) {
            return none.in(lang);
        }
        try {
            return dimension.labelOf(code).in(lang);
        } catch (IllegalArgumentException e) {
            return code; // a code of an older policy that the current code list no longer has
        }
    }

    /** {nodes: [{name, label}], links: [{source, target, value}]} for ECharts. */
    Map<String, Object> sankey() {
        Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        List<Map<String, Object>> links = new ArrayList<>();
        for (Row r : rows) {
            String source = "old:" + r.fromCode();
            String target = "new:" + r.toCode();
            nodes.putIfAbsent(source, Map.of("name", source, "label", r.fromLabel()));
            nodes.putIfAbsent(target, Map.of("name", target, "label", r.toLabel()));
            links.add(Map.of("source", source, "target", target, "value", r.customers()));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nodes", List.copyOf(nodes.values()));
        out.put("links", links);
        return out;
    }
}
