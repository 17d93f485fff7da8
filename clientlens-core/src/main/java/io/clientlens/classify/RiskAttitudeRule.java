package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.questionnaire.RiskAttitude;
import io.clientlens.questionnaire.RiskLevel;

/**
 * 风险态度 from the risk level of the latest valid risk tolerance assessment: AVERSE for C1–C2,
 * NEUTRAL for C3, SEEKING for C4–C5. Without a level, UNKNOWN for the same reason.
 */
final class RiskAttitudeRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.RISK_ATTITUDE;
    }

    @Override
    public DimensionResult apply(Context c) {
        DimensionResult level = c.earlier(Dimension.RISK_LEVEL);
        if (level.isUnknown()) {
            return new DimensionResult(dimension(), Dimension.UNKNOWN, dimension().labelOf(Dimension.UNKNOWN),
                    level.inputs(), level.reasons());
        }
        RiskAttitude attitude = RiskLevel.valueOf(level.code()).attitude();
        var levelLabel = level.label();
        var label = dimension().labelOf(attitude.name());
        return DimensionResult.of(dimension(), attitude.name(), Context.inputs("riskLevel", level.code()),
                Reason.deferred("byRiskLevel." + attitude.name(), () -> Label.of(
                        "风险承受能力等级 " + level.code() + " " + levelLabel.zh()
                        + " → " + label.zh() + "（C1–C2 风险厌恶型，C3 风险中立型，C4–C5 风险偏好型）",
                        "Risk level " + level.code() + " " + levelLabel.en() + " → " + label.en()
                                + " (C1–C2 averse, C3 neutral, C4–C5 seeking)")));
    }
}
