package io.clientlens.batch.export;

import io.clientlens.classify.Classification;
import io.clientlens.classify.DimensionResult;
import io.clientlens.classify.Reason;
import io.clientlens.code.Dimension;
import io.clientlens.code.Label;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The export document built as plain maps, the straightforward way: the reference the field-by-field writer of
 * {@link ClassificationDocument} is compared with.
 */
final class MapDocument {
    private MapDocument() {
    }


    static Map<String, Object> of(Classification c) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("customerId", c.customerId());
        doc.put("asOf", c.asOf().toString());
        doc.put("policyVersion", c.policyVersion());
        doc.put("features", plain(c.features()));
        doc.put("dimensions", dimensions(c));
        return doc;
    }

    static Map<String, Object> dimensions(Classification c) {
        Map<String, Object> dims = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            DimensionResult r = c.get(d);
            if (r != null) {
                dims.put(d.code(), dimension(r));
            }
        }
        return dims;
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
        values.forEach((k, v) -> out.put(k, ClassificationDocument.plainValue(v)));
        return out;
    }
}
