package io.clientlens.batch.export;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

import java.util.EnumMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed parts of the classification document encoded once: every customer's document repeats
 * the same names and the same code labels, and escaping them character by character again was a
 * large part of writing it. Each encoded text is what the generator writes for the plain value
 * (SerializedString quotes and escapes with the same rules; the label objects are rendered by the
 * generator itself), so the bytes do not change. Immutable after class initialisation: shared by
 * the worker threads.
 */
final class EncodedJson {
    /** A dimension value: its code as a JSON string and its label as the JSON object {"zh":…,"en":…}. */
    record Value(Label label, SerializableString code, SerializableString labelObject) {
    }

    private static final Map<Dimension, SerializableString> DIMENSION_NAMES = new EnumMap<>(Dimension.class);
    private static final Map<Dimension, Map<String, Value>> VALUES = new EnumMap<>(Dimension.class);

    static {
        for (Dimension d : Dimension.values()) {
            DIMENSION_NAMES.put(d, new SerializedString(d.code()));
            Map<String, Value> values = new HashMap<>();
            for (String code : codesOf(d)) {
                values.put(code, value(d, code));
            }
            VALUES.put(d, Map.copyOf(values));
        }
    }

    private EncodedJson() {
    }

    /** Every code with a fixed label: the dimension's codes and UNKNOWN (free-text dimensions have only UNKNOWN). */
    static List<String> codesOf(Dimension d) {
        List<String> codes = new ArrayList<>(d.valueCodes());
        codes.add(Dimension.UNKNOWN);
        return codes;
    }

    private static Value value(Dimension d, String code) {
        Label label = d.labelOf(code);
        return new Value(label, new SerializedString(code), new SerializedString(ClassificationDocument.labelJson(label)));
    }

    static SerializableString name(Dimension d) {
        return DIMENSION_NAMES.get(d);
    }

    /**
     * Writes the name of a feature or input. The rules use a small fixed set of names, so each is
     * encoded once and kept in a direct-mapped cache (slot by hash code; a colliding name replaces
     * the slot): no lock, no growth beyond {@link #NAME_SLOTS} entries whatever names a caller
     * passes. Slots hold immutable pairs, so a racing thread sees either an old or a new complete pair.
     */
    static void writeName(JsonGenerator g, String name) {
        int slot = name.hashCode() & (NAME_SLOTS - 1);
        EncodedName cached = NAMES[slot];
        if (cached == null || !cached.name().equals(name)) {
            cached = new EncodedName(name, new SerializedString(name));
            NAMES[slot] = cached;
        }
        g.writeName(cached.encoded());
    }

    private record EncodedName(String name, SerializableString encoded) {
    }

    static final int NAME_SLOTS = 512;
    private static final EncodedName[] NAMES = new EncodedName[NAME_SLOTS];

    /**
     * The encoded code and label, or null when the result does not carry the dimension's fixed
     * label for the code (a free-text value, or a label built by hand): the caller then writes it.
     */
    static Value value(Dimension d, String code, Label label) {
        Value value = VALUES.get(d).get(code);
        return value != null && value.label().equals(label) ? value : null;
    }
}
