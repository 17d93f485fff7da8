package io.clientlens.questionnaire;

import io.clientlens.code.Label;

/** AVERSE for C1–C2, NEUTRAL for C3, SEEKING for C4–C5 (docs/USER-GUIDE.md). */
public enum RiskAttitude {
    AVERSE(Label.of("风险厌恶型", "Risk averse")),
    NEUTRAL(Label.of("风险中立型", "Risk neutral")),
    SEEKING(Label.of("风险偏好型", "Risk seeking"));

    private final Label label;

    RiskAttitude(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }
}
