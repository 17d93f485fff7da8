package io.clientlens.batch.export;

import io.clientlens.classify.Classification;
import io.clientlens.classify.DimensionResult;
import io.clientlens.classify.Reason;
import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The export record of one customer's classification (DOMAIN.md §10) as plain maps, lists and
 * numbers in a fixed key order: the same JSON wherever it is written (JSON Lines export, the
 * database, the REST API).
 */
public final class ClassificationDocument {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ClassificationDocument() {
    }

    public static Map<String, Object> of(Classification c) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("customerId", c.customerId());
        doc.put("asOf", c.asOf().toString());
        doc.put("policyVersion", c.policyVersion());
        doc.put("features", plain(c.features()));
        doc.put("dimensions", dimensions(c));
        return doc;
    }

    public static Map<String, Object> dimensions(Classification c) {
        Map<String, Object> dims = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            DimensionResult r = c.get(d);
            if (r != null) {
                dims.put(d.code(), dimension(r));
            }
        }
        return dims;
    }

    /** Dimension code → value code, e.g. {"aumTier": "MASS"}. */
    public static Map<String, String> codes(Classification c) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            DimensionResult r = c.get(d);
            if (r != null) {
                codes.put(d.code(), r.code());
            }
        }
        return codes;
    }

    public static String json(Object document) {
        return JSON.writeValueAsString(document);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String json) {
        return JSON.readValue(json, LinkedHashMap.class);
    }

    private static Map<String, Object> dimension(DimensionResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("label", label(r.label()));
        m.put("inputs", plain(r.inputs()));
        List<Map<String, Object>> reasons = new ArrayList<>();
        for (Reason reason : r.reasons()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("rule", reason.rule());
            rm.put("zh", reason.zh());
            rm.put("en", reason.en());
            reasons.add(rm);
        }
        m.put("reasons", reasons);
        return m;
    }

    private static Map<String, Object> label(Label label) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zh", label.zh());
        m.put("en", label.en());
        return m;
    }

    /** Dates become ISO strings, sets become sorted lists; everything else stays as it is. */
    private static Map<String, Object> plain(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, plainValue(v)));
        return out;
    }

    private static Object plainValue(Object v) {
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof java.util.Set<?> set) {
            return set.stream().map(String::valueOf).sorted().toList();
        }
        if (v instanceof BigDecimal b) {
            return b.stripTrailingZeros().scale() < 0 ? b.setScale(0) : b;
        }
        return v;
    }
}
