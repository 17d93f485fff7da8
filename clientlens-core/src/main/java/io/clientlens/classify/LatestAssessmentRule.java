package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.questionnaire.QuestionnaireKind;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * An assessment result as a dimension (riskLevel, wealthAttitude, socialStyle; docs/POLICY.md):
 * the latest assessment of the questionnaire kind on or before as-of that counts. A risk tolerance
 * assessment counts only when made face to face at a branch while {@code suitability.faceToFaceRequired}
 * is on, and only for {@code suitability.assessmentValidityMonths}; wealth attitude and social
 * style assessments do not expire. None that counts, an expired one or a tie gives UNKNOWN with the reason.
 */
final class LatestAssessmentRule implements DimensionRule {
    private static final Comparator<AssessmentOnRecord> BY_TIME = Comparator.comparing(AssessmentOnRecord::assessedAt);

    private final Dimension dimension;
    private final QuestionnaireKind kind;

    LatestAssessmentRule(Dimension dimension, QuestionnaireKind kind) {
        this.dimension = dimension;
        this.kind = kind;
    }

    @Override
    public Dimension dimension() {
        return dimension;
    }

    @Override
    public DimensionResult apply(Context c) {
        boolean risk = kind == QuestionnaireKind.RISK_TOLERANCE;
        boolean faceToFaceOnly = risk && c.policy().suitability().faceToFaceRequired();
        Optional<AssessmentOnRecord> latest = onRecord(c, false);
        Optional<AssessmentOnRecord> counting = onRecord(c, faceToFaceOnly);
        Label name = name();
        if (latest.isEmpty()) {
            return DimensionResult.unknown(dimension, Context.inputs("assessments", 0),
                    Reason.deferred("noValidAssessment", () -> Label.of(
                            "无有效评估：截至评估日没有" + name.zh() + "记录",
                            "No valid assessment: no " + name.en() + " on record on or before the as-of date")));
        }
        if (counting.isEmpty()) {
            AssessmentOnRecord a = latest.get();
            return DimensionResult.unknown(dimension, Context.inputs("assessedOn", a.assessedOn(), "channel",
                            a.channel().name(), "faceToFaceRequired", true),
                    Reason.deferred("noFaceToFaceAssessment", () -> Label.of(
                            "无有效评估：" + name.zh() + "（" + a.assessedOn() + "，"
                            + a.channel().label().zh() + "）不是在网点面对面进行的，按政策不计",
                            "No valid assessment: the " + name.en() + " (" + a.assessedOn() + ", " + a.channel().label().en()
                                    + ") was not made face to face at a branch and does not count under the policy")));
        }
        return risk ? riskResult(c, counting.get(), name) : personaResult(counting.get(), name);
    }

    private DimensionResult riskResult(Context c, AssessmentOnRecord a, Label name) {
        int months = c.policy().suitability().assessmentValidityMonths();
        var until = a.validUntil(months);
        Map<String, Object> inputs = Context.inputs("assessedOn", a.assessedOn(), "channel", a.channel().name(),
                "resultCode", a.resultCode(), "validityMonths", months, "validUntil", until);
        if (c.asOf().isAfter(until)) {
            return DimensionResult.unknown(dimension, inputs, Reason.deferred("assessmentExpired", () -> Label.of(
                    name.zh() + "已于 " + until + " 过期（" + a.assessedOn() + " 评估，有效期 " + months + " 个月）：请重新评估",
                    "The " + name.en() + " expired on " + until + " (assessed on " + a.assessedOn() + ", valid for "
                            + months + " months): reassess")));
        }
        return result(a, inputs, "，有效至 " + until, ", valid until " + until, name);
    }

    private DimensionResult personaResult(AssessmentOnRecord a, Label name) {
        Map<String, Object> inputs = Context.inputs("assessedOn", a.assessedOn(), "channel", a.channel().name(),
                "resultCode", a.resultCode());
        if (AssessmentOnRecord.TIE.equals(a.resultCode())) {
            return DimensionResult.unknown(dimension, inputs, Reason.deferred("assessmentTie", () -> Label.of(
                    "最近的" + name.zh() + "（" + a.assessedOn() + "）结果并列，由理财经理在面谈中判断",
                    "The latest " + name.en() + " (" + a.assessedOn() + ") is a tie; the RM decides in conversation")));
        }
        return result(a, inputs, "", "", name);
    }

    private DimensionResult result(AssessmentOnRecord a, Map<String, Object> inputs, String untilZh, String untilEn,
                                   Label name) {
        if (!dimension.accepts(a.resultCode()) || Dimension.UNKNOWN.equals(a.resultCode())) {
            return DimensionResult.unknown(dimension, inputs, Reason.deferred("unknownResultCode", () -> Label.of(
                    name.zh() + "（" + a.assessedOn() + "）的结果 " + a.resultCode() + " 不是" + dimension.label().zh() + "的代码",
                    "The result " + a.resultCode() + " of the " + name.en() + " (" + a.assessedOn() + ") is not a code of "
                            + dimension.code())));
        }
        Label label = dimension.labelOf(a.resultCode());
        String code = dimension == Dimension.RISK_LEVEL ? a.resultCode() + " " : "";
        return DimensionResult.of(dimension, a.resultCode(), inputs, Reason.deferred("latestValidAssessment", () -> Label.of(
                name.zh() + "（" + a.assessedOn() + "，" + a.channel().label().zh() + untilZh + "） → " + code + label.zh(),
                "The " + name.en() + " (" + a.assessedOn() + ", " + a.channel().label().en() + untilEn + ") → " + code
                        + label.en())));
    }

    /** The latest assessment of this kind on or before as-of, of those made face to face when {@code faceToFaceOnly}. */
    private Optional<AssessmentOnRecord> onRecord(Context c, boolean faceToFaceOnly) {
        return c.customer().advisory().assessments().stream()
                .filter(a -> a.kind() == kind && !a.assessedOn().isAfter(c.asOf()))
                .filter(a -> !faceToFaceOnly || a.channel().isFaceToFace())
                .max(BY_TIME);
    }

    private Label name() {
        return Label.of(kind.label().zh(), kind.label().en().toLowerCase(java.util.Locale.ROOT) + " assessment");
    }
}
