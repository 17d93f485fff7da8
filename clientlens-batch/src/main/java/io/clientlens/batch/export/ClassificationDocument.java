package io.clientlens.batch.export;

import io.clientlens.classify.Classification;
import io.clientlens.classify.DimensionResult;
import io.clientlens.classify.Reason;
import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The export record of one customer's classification (docs/SEGMENTS.md), written field by field in a fixed key
 * order: the same JSON wherever it is written (JSON Lines export, the database, the REST API). Other JSON goes
 * through {@link io.clientlens.batch.json.Json}.
 */
public final class ClassificationDocument {
    private static final JsonMapper JSON = io.clientlens.batch.json.Json.mapper();

    // Names written for every customer, encoded once (see EncodedJson).
    private static final SerializableString CUSTOMER_ID = new SerializedString("customerId");
    private static final SerializableString AS_OF = new SerializedString("asOf");
    private static final SerializableString POLICY_VERSION = new SerializedString("policyVersion");
    private static final SerializableString FEATURES = new SerializedString("features");
    private static final SerializableString DIMENSIONS = new SerializedString("dimensions");
    private static final SerializableString CODE = new SerializedString("code");
    private static final SerializableString LABEL = new SerializedString("label");
    private static final SerializableString INPUTS = new SerializedString("inputs");
    private static final SerializableString REASONS = new SerializedString("reasons");
    private static final SerializableString RULE = new SerializedString("rule");
    private static final SerializableString ZH = new SerializedString("zh");
    private static final SerializableString EN = new SerializedString("en");

    private ClassificationDocument() {
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
        g.writeName(CUSTOMER_ID);
        g.writeString(c.customerId());
        g.writeName(AS_OF);
        g.writeString(c.asOf().toString());
        g.writeName(POLICY_VERSION);
        g.writeString(c.policyVersion());
        g.writeName(FEATURES);
        writePlain(g, c.features());
        g.writeName(DIMENSIONS);
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
                g.writeName(EncodedJson.name(d));
                writeDimension(g, r);
            }
        }
        g.writeEndObject();
    }

    private static void writeDimension(JsonGenerator g, DimensionResult r) {
        g.writeStartObject();
        EncodedJson.Value encoded = EncodedJson.value(r.dimension(), r.code(), r.label());
        g.writeName(CODE);
        if (encoded != null) {
            g.writeString(encoded.code());
            g.writeName(LABEL);
            g.writeRawValue(encoded.labelObject());
        } else {
            g.writeString(r.code());
            g.writeName(LABEL);
            writeLabel(g, r.label());
        }
        g.writeName(INPUTS);
        writePlain(g, r.inputs());
        g.writeName(REASONS);
        g.writeStartArray();
        for (Reason reason : r.reasons()) {
            g.writeStartObject();
            g.writeName(RULE);
            g.writeString(reason.rule());
            g.writeName(ZH);
            g.writeString(reason.zh());
            g.writeName(EN);
            g.writeString(reason.en());
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

    /** The label object as this class's UTF-8 generator writes it, for {@link EncodedJson}. */
    static String labelJson(Label label) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            writeLabel(g, label);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** As {@link #plain}, written directly; values of other types go through the mapper as before. */
    private static void writePlain(JsonGenerator g, Map<String, Object> values) {
        g.writeStartObject();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            EncodedJson.writeName(g, e.getKey());
            if (e.getValue() instanceof BigDecimal b) {
                g.writeNumber(numberText(b)); // most values; the text without an intermediate BigDecimal
                continue;
            }
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

    /**
     * The JSON number written for {@code plainValue(b)}, i.e. its {@code toString()}: a nonzero
     * multiple of ten loses its zero decimals ("100.00" → "100"), anything else is written as it is.
     * Read off b's own text (BigDecimal keeps it) instead of stripTrailingZeros and setScale,
     * which allocated two numbers for every amount of every customer.
     */
    static String numberText(BigDecimal b) {
        String text = b.toString();
        int scale = b.scale();
        if (scale < 0 || text.indexOf('E') >= 0) {
            return plainValue(b).toString(); // not plain notation: rare, the general rule
        }
        int end = text.length();
        int point = scale == 0 ? end : end - scale - 1;
        for (int i = point + 1; i < end; i++) {
            if (text.charAt(i) != '0') {
                return text; // has a nonzero decimal: stays as it is
            }
        }
        boolean integerEndsInZero = text.charAt(point - 1) == '0';
        boolean zero = point == 1 || (point == 2 && text.charAt(0) == '-');
        return integerEndsInZero && !zero ? text.substring(0, point) : text;
    }

    static Object plainValue(Object v) {
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
