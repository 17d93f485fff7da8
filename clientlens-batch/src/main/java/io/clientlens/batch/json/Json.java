package io.clientlens.batch.json;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one JSON codec of ClientLens, for batch and application alike: plain maps, lists, strings, numbers and booleans
 * in and out, keys in the order they were put. Numbers with a fraction are read as BigDecimal, so that amounts read back
 * exactly as they were written.
 */
public final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Json() {
    }

    /** The mapper behind {@link #write} and {@link #read}, for writers that stream (e.g. the export documents). */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** A JSON object as a map in the document's key order. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(String json) {
        return MAPPER.readValue(json, LinkedHashMap.class);
    }
}
