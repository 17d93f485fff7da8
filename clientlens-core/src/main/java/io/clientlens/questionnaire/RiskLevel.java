package io.clientlens.questionnaire;

import io.clientlens.code.Label;

/**
 * The customer's risk level from the risk tolerance score (docs/SUITABILITY.md): C1 ≤ 20, C2 21–40,
 * C3 41–60, C4 61–80, C5 above 80.
 */
public enum RiskLevel {
    C1(20, Label.of("保守型", "Conservative")),
    C2(40, Label.of("谨慎型", "Cautious")),
    C3(60, Label.of("稳健型", "Balanced")),
    C4(80, Label.of("积极型", "Growth")),
    C5(Integer.MAX_VALUE, Label.of("激进型", "Aggressive"));

    private final int maxScore;
    private final Label label;

    RiskLevel(int maxScore, Label label) {
        this.maxScore = maxScore;
        this.label = label;
    }

    public static RiskLevel ofScore(int score) {
        for (RiskLevel level : values()) {
            if (score <= level.maxScore) {
                return level;
            }
        }
        throw new IllegalStateException("unreachable: C5 has no upper bound");
    }

    public int rank() {
        return ordinal() + 1;
    }

    public Label label() {
        return label;
    }

    public RiskAttitude attitude() {
        return switch (this) {
            case C1, C2 -> RiskAttitude.AVERSE;
            case C3 -> RiskAttitude.NEUTRAL;
            case C4, C5 -> RiskAttitude.SEEKING;
        };
    }

    public RiskLevel atMost(RiskLevel cap) {
        return compareTo(cap) > 0 ? cap : this;
    }
}
