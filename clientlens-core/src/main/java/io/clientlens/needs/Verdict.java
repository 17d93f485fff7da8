package io.clientlens.needs;

import io.clientlens.code.Label;

/** How a ratio compares with its healthy range; NOT_COMPUTABLE when its denominator is missing, zero or negative. */
public enum Verdict {
    HEALTHY(Label.of("健康", "Healthy")),
    LOW(Label.of("偏低", "Low")),
    HIGH(Label.of("偏高", "High")),
    NOT_COMPUTABLE(Label.of("无法计算", "Not computable"));

    private final Label label;

    Verdict(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }
}
