package io.clientlens.batch.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clientlens.batch.json.Json;
import io.clientlens.batch.json.JsonDocument;
import io.clientlens.code.Dimension;
import io.clientlens.code.Language;
import tools.jackson.core.type.TypeReference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's classification document ({@link ClassificationDocument}) read back from where it was stored, with its fields in the
 * same order, so that the REST API shows it as the export writes it.
 *
 * @param features   the run's features of the customer, as stored (names and values as the feature query gave them)
 * @param dimensions dimension code → result, in the stored order
 */
@JsonPropertyOrder({"customerId", "asOf", "policyVersion", "features", "dimensions"})
public record StoredClassification(String customerId, String asOf, String policyVersion, JsonDocument features,
                                   Map<String, StoredDimension> dimensions) {
    private static final TypeReference<LinkedHashMap<String, StoredDimension>> DIMENSIONS = new TypeReference<>() {
    };

    public StoredClassification {
        dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
    }

    /** The document of the stored {@code features} and {@code dimensions} texts. */
    public static StoredClassification read(String customerId, String asOf, String policyVersion, String features, String dimensions) {
        return new StoredClassification(customerId, asOf, policyVersion, JsonDocument.parse(features),
                Json.mapper().readValue(dimensions, DIMENSIONS));
    }

    /** A feature's value as stored (a number, text, true/false), or null when it is null or the run has no such feature. */
    public Object feature(String name) {
        return features.tree() instanceof Map<?, ?> m ? m.get(name) : null;
    }

    public Optional<StoredDimension> dimension(Dimension d) {
        return Optional.ofNullable(dimensions.get(d.code()));
    }

    /** The same document without one dimension (e.g. the AML rating, for a user who may not see it). */
    public StoredClassification without(Dimension d) {
        Map<String, StoredDimension> rest = new LinkedHashMap<>(dimensions);
        rest.remove(d.code());
        return new StoredClassification(customerId, asOf, policyVersion, features, rest);
    }

    /** One dimension's result: code, label, the inputs the rule saw (as stored) and the reasons. */
    @JsonPropertyOrder({"code", "label", "inputs", "reasons"})
    public record StoredDimension(String code, Text label, JsonDocument inputs, List<StoredReason> reasons) {
    }

    @JsonPropertyOrder({"zh", "en"})
    public record Text(String zh, String en) {
        public String in(Language lang) {
            return lang == Language.EN ? en : zh;
        }
    }

    @JsonPropertyOrder({"rule", "zh", "en"})
    public record StoredReason(String rule, String zh, String en) {
        public String in(Language lang) {
            return lang == Language.EN ? en : zh;
        }
    }
}
