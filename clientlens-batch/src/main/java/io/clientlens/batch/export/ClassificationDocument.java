package io.clientlens.batch.export;

import io.clientlens.classify.Classification;
import io.clientlens.classify.DimensionResult;
import io.clientlens.classify.Reason;
import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
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

    /**
     * The document of {@link #of} as JSON, written field by field instead of through maps: the same
     * bytes as {@code json(of(c))} (checked by a test) at a fraction of the cost, because a batch run
     * writes one per customer. {@code extra} writes more fields before the object closes (e.g.
     * segments), or is null.
     */
    public static String json(Classification c, Fields extra) {
        return write(g -> writeDocument(g, c, extra));
    }

    /**
     * As {@link #json(Classification, Fields)}, encoded in UTF-8: a worker thread can encode the
     * document it wrote, instead of the single thread that writes the file.
     */
    public static byte[] utf8(Classification c, Fields extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            writeDocument(g, c, extra);
        }
        return out.toByteArray();
    }

    private static void writeDocument(JsonGenerator g, Classification c, Fields extra) {
        g.writeStartObject();
        g.writeStringProperty("customerId", c.customerId());
        g.writeStringProperty("asOf", c.asOf().toString());
        g.writeStringProperty("policyVersion", c.policyVersion());
        g.writeName("features");
        writePlain(g, c.features());
        g.writeName("dimensions");
        writeDimensions(g, c);
        if (extra != null) {
            extra.write(g);
        }
        g.writeEndObject();
    }

    /** The same as {@code json(of(c).get("features"))}. */
    public static String featuresJson(Classification c) {
        return write(g -> writePlain(g, c.features()));
    }

    /** The same as {@code json(dimensions(c))}. */
    public static String dimensionsJson(Classification c) {
        return write(g -> writeDimensions(g, c));
    }

    /** Writes fields into an open JSON object. */
    @FunctionalInterface
    public interface Fields {
        void write(JsonGenerator g);
    }

    private static String write(Fields body) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            body.write(g);
        }
        return out.toString();
    }

    private static void writeDimensions(JsonGenerator g, Classification c) {
        g.writeStartObject();
        for (Dimension d : Dimension.values()) {
            DimensionResult r = c.get(d);
            if (r != null) {
                g.writeName(d.code());
                writeDimension(g, r);
            }
        }
        g.writeEndObject();
    }

    private static void writeDimension(JsonGenerator g, DimensionResult r) {
        g.writeStartObject();
        g.writeStringProperty("code", r.code());
        g.writeName("label");
        writeLabel(g, r.label());
        g.writeName("inputs");
        writePlain(g, r.inputs());
        g.writeArrayPropertyStart("reasons");
        for (Reason reason : r.reasons()) {
            g.writeStartObject();
            g.writeStringProperty("rule", reason.rule());
            g.writeStringProperty("zh", reason.zh());
            g.writeStringProperty("en", reason.en());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    public static void writeLabel(JsonGenerator g, Label label) {
        g.writeStartObject();
        g.writeStringProperty("zh", label.zh());
        g.writeStringProperty("en", label.en());
        g.writeEndObject();
    }

    /** As {@link #plain}, written directly; values of other types go through the mapper as before. */
    private static void writePlain(JsonGenerator g, Map<String, Object> values) {
        g.writeStartObject();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            g.writeName(e.getKey());
            Object v = plainValue(e.getValue());
            if (v == null) {
                g.writeNull();
            } else if (v instanceof String s) {
                g.writeString(s);
            } else if (v instanceof Integer i) {
                g.writeNumber(i);
            } else if (v instanceof Long l) {
                g.writeNumber(l);
            } else if (v instanceof BigDecimal b) {
                g.writeNumber(b);
            } else if (v instanceof Boolean b) {
                g.writeBoolean(b);
            } else {
                g.writePOJO(v);
            }
        }
        g.writeEndObject();
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
