package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One dimension's class for one customer with its explanation: the code and its labels, the
 * inputs the rule used and the reasons (docs/POLICY.md).
 */
public record DimensionResult(Dimension dimension, String code, Label label, Map<String, Object> inputs,
                              List<Reason> reasons) {

    public DimensionResult {
        if (!dimension.accepts(code)) {
            throw new IllegalArgumentException(code + " is not a code of " + dimension.code());
        }
        // The classifier's own inputs are already immutable and private (FrozenMap); copy any other map.
        inputs = inputs instanceof FrozenMap ? inputs : Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        reasons = List.copyOf(reasons); // no copy when already an immutable List.of(...)
    }

    public static DimensionResult of(Dimension dimension, String code, Map<String, Object> inputs, Reason reason) {
        return new DimensionResult(dimension, code, dimension.labelOf(code), inputs, List.of(reason));
    }

    public static DimensionResult unknown(Dimension dimension, Map<String, Object> inputs, Reason reason) {
        return of(dimension, Dimension.UNKNOWN, inputs, reason);
    }

    public boolean isUnknown() {
        return Dimension.UNKNOWN.equals(code);
    }

    public boolean is(String valueCode) {
        return code.equals(valueCode);
    }
}
