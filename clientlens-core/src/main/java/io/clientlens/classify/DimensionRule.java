package io.clientlens.classify;

import io.clientlens.code.Dimension;

/** Classifies one customer along one dimension: a pure function of the context. */
public interface DimensionRule {
    Dimension dimension();

    DimensionResult apply(Context context);
}
