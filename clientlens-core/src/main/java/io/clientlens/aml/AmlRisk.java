package io.clientlens.aml;

import io.clientlens.code.Dimension;

/** The AML risk levels, lowest first (the codes of {@link Dimension#AML_RISK}). */
public enum AmlRisk {
    LOW, MEDIUM, HIGH, PROHIBITED;

    /** The higher of this level and {@code other}. */
    public AmlRisk atLeast(AmlRisk other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public String zh() {
        return Dimension.AML_RISK.labelOf(name()).zh();
    }

    public String en() {
        return Dimension.AML_RISK.labelOf(name()).en();
    }
}
