package io.clientlens.classify;

import io.clientlens.code.Dimension;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * All dimensions of one customer at one as-of date under one policy version, with the features
 * they were computed from: the export record of docs/SEGMENTS.md.
 */
public record Classification(String customerId, LocalDate asOf, String policyVersion,
                             Map<String, Object> features, Map<Dimension, DimensionResult> dimensions) {

    public Classification {
        // The engine's features are already immutable and private (FrozenMap); copy any other map.
        features = features instanceof FrozenMap ? features : Collections.unmodifiableMap(new LinkedHashMap<>(features));
        dimensions = Collections.unmodifiableMap(new EnumMap<>(dimensions));
    }

    public DimensionResult get(Dimension dimension) {
        return dimensions.get(dimension);
    }

    public String code(Dimension dimension) {
        DimensionResult result = dimensions.get(dimension);
        return result == null ? Dimension.UNKNOWN : result.code();
    }
}
