package io.clientlens.questionnaire;

import io.clientlens.classify.Reason;

import java.util.List;

/**
 * The risk tolerance result: the score (0–100), the level after any knock-out cap, the attitude
 * that follows from the level, why, and the consistency flags the RM must clarify.
 */
public record RiskToleranceAssessed(int score, RiskLevel scoreLevel, RiskLevel level, List<Reason> reasons,
                                    List<Reason> flags) implements Assessed {
    public RiskToleranceAssessed {
        reasons = List.copyOf(reasons);
        flags = List.copyOf(flags);
    }

    public RiskAttitude attitude() {
        return level.attitude();
    }

    public boolean capped() {
        return level != scoreLevel;
    }
}
