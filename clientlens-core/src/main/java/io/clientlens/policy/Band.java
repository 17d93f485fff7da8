package io.clientlens.policy;

import java.math.BigDecimal;

/**
 * One band of a range rule: values v with {@code min ≤ v < max} get {@code code}; a null max is
 * open-ended. Bands of one rule must start at zero, touch without gaps and not overlap (checked
 * by {@link Bands}).
 */
public record Band(String code, BigDecimal min, BigDecimal max) {
    public boolean contains(BigDecimal value) {
        return value.compareTo(min) >= 0 && (max == null || value.compareTo(max) < 0);
    }

    public String describe() {
        return max == null ? "≥ " + min.toPlainString() : min.toPlainString() + " ≤ v < " + max.toPlainString();
    }
}
