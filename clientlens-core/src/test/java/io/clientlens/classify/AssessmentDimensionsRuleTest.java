package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.questionnaire.Channel;
import io.clientlens.questionnaire.QuestionnaireKind;
import io.clientlens.questionnaire.RiskLevel;
import io.clientlens.questionnaire.SocialStyle;
import io.clientlens.questionnaire.WealthAttitude;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static io.clientlens.classify.CustomerFixture.customer;
import static io.clientlens.code.Dimension.RISK_ATTITUDE;
import static io.clientlens.code.Dimension.RISK_LEVEL;
import static io.clientlens.code.Dimension.SOCIAL_STYLE;
import static io.clientlens.code.Dimension.WEALTH_ATTITUDE;
import static io.clientlens.questionnaire.QuestionnaireKind.RISK_TOLERANCE;
import static org.assertj.core.api.Assertions.assertThat;

/** riskLevel, riskAttitude, wealthAttitude and socialStyle from the assessments on record at as-of (2026-09-30). */
class AssessmentDimensionsRuleTest {

    private static AssessmentOnRecord risk(String code, Channel channel, String at) {
        return new AssessmentOnRecord(RISK_TOLERANCE, code, channel, LocalDateTime.parse(at));
    }

    private static CustomerFixture with(AssessmentOnRecord... assessments) {
        return customer("1").advisory(new AdvisoryRecords(List.of(assessments), 0, Set.of()));
    }

    @Test
    void theLatestValidRiskAssessmentGivesTheLevelAndItsAttitude() {
        CustomerFixture c = with(risk("C2", Channel.BRANCH, "2025-06-01T10:00:00"), risk("C4", Channel.BRANCH, "2026-03-01T10:00:00"));
        DimensionResult level = Classify.result(c, RISK_LEVEL);
        assertThat(level.code()).isEqualTo("C4");
        assertThat(level.label().zh()).isEqualTo("积极型");
        assertThat(level.reasons().get(0).rule()).isEqualTo("latestValidAssessment");
        assertThat(level.reasons().get(0).zh()).contains("2026-03-01", "有效至 2027-02-28", "C4 积极型");
        assertThat(level.reasons().get(0).en()).contains("2026-03-01", "valid until 2027-02-28", "C4 Growth");
        assertThat(level.inputs()).containsEntry("validUntil", java.time.LocalDate.of(2027, 2, 28));

        DimensionResult attitude = Classify.result(c, RISK_ATTITUDE);
        assertThat(attitude.code()).isEqualTo("SEEKING");
        assertThat(attitude.reasons().get(0).zh()).contains("C4", "风险偏好型");
    }

    @Test
    void noAssessmentIsUnknownWithNoValidAssessment() {
        DimensionResult level = Classify.result(customer("1"), RISK_LEVEL);
        assertThat(level.isUnknown()).isTrue();
        assertThat(level.reasons().get(0).rule()).isEqualTo("noValidAssessment");
        assertThat(level.reasons().get(0).zh()).startsWith("无有效评估");
        assertThat(level.reasons().get(0).en()).startsWith("No valid assessment");
        DimensionResult attitude = Classify.result(customer("1"), RISK_ATTITUDE);
        assertThat(attitude.isUnknown()).isTrue();
        assertThat(attitude.reasons()).isEqualTo(level.reasons());
        assertThat(Classify.result(customer("1"), WEALTH_ATTITUDE).reasons().get(0).en()).startsWith("No valid assessment");
        assertThat(Classify.result(customer("1"), SOCIAL_STYLE).reasons().get(0).zh()).startsWith("无有效评估");
    }

    @Test
    void anExpiredRiskAssessmentIsUnknownSayingWhenItExpired() {
        // assessed 2025-09-30: valid for 12 months until 2026-09-29, so expired at the as-of date 2026-09-30
        DimensionResult level = Classify.result(with(risk("C3", Channel.BRANCH, "2025-09-30T09:00:00")), RISK_LEVEL);
        assertThat(level.isUnknown()).isTrue();
        assertThat(level.reasons().get(0).rule()).isEqualTo("assessmentExpired");
        assertThat(level.reasons().get(0).en()).contains("expired on 2026-09-29");
        assertThat(level.reasons().get(0).zh()).contains("已于 2026-09-29 过期");
        assertThat(Classify.result(with(risk("C3", Channel.BRANCH, "2025-09-30T09:00:00")), RISK_ATTITUDE).reasons().get(0).rule())
                .isEqualTo("assessmentExpired");
        // one day later it is still valid on its last day
        assertThat(Classify.code(with(risk("C3", Channel.BRANCH, "2025-10-01T09:00:00")), RISK_LEVEL)).isEqualTo("C3");
    }

    @Test
    void onlyFaceToFaceRiskAssessmentsCountWhileThePolicySaysSo() {
        CustomerFixture onlineOnly = with(risk("C5", Channel.ONLINE, "2026-08-01T20:00:00"));
        DimensionResult level = Classify.result(onlineOnly, RISK_LEVEL);
        assertThat(level.isUnknown()).isTrue();
        assertThat(level.reasons().get(0).rule()).isEqualTo("noFaceToFaceAssessment");
        assertThat(level.reasons().get(0).zh()).startsWith("无有效评估").contains("网上");

        // a later online one does not displace the branch one
        CustomerFixture both = with(risk("C2", Channel.BRANCH, "2026-01-10T10:00:00"), risk("C5", Channel.PHONE, "2026-08-01T10:00:00"));
        assertThat(Classify.code(both, RISK_LEVEL)).isEqualTo("C2");
        assertThat(Classify.code(both, RISK_ATTITUDE)).isEqualTo("AVERSE");
    }

    @Test
    void assessmentsAfterTheAsOfDateDoNotCount() {
        CustomerFixture later = with(risk("C1", Channel.BRANCH, "2026-03-01T10:00:00"), risk("C5", Channel.BRANCH, "2026-10-01T10:00:00"));
        assertThat(Classify.code(later, RISK_LEVEL)).isEqualTo("C1");
    }

    @Test
    void wealthAttitudeAndSocialStyleDoNotExpireAndATieIsUnknown() {
        CustomerFixture c = with(
                new AssessmentOnRecord(QuestionnaireKind.WEALTH_ATTITUDE, "HOARDER", Channel.PHONE, LocalDateTime.parse("2021-05-01T10:00:00")),
                new AssessmentOnRecord(QuestionnaireKind.SOCIAL_STYLE, "ANALYTICAL", Channel.BRANCH, LocalDateTime.parse("2024-02-01T10:00:00")),
                new AssessmentOnRecord(QuestionnaireKind.SOCIAL_STYLE, "TIE", Channel.BRANCH, LocalDateTime.parse("2026-02-01T10:00:00")));
        DimensionResult wealth = Classify.result(c, WEALTH_ATTITUDE);
        assertThat(wealth.code()).isEqualTo("HOARDER");
        assertThat(wealth.reasons().get(0).zh()).contains("财富观", "2021-05-01", "储藏者");
        assertThat(wealth.reasons().get(0).en()).contains("wealth attitude assessment", "Hoarder");
        DimensionResult style = Classify.result(c, SOCIAL_STYLE);
        assertThat(style.isUnknown()).isTrue();
        assertThat(style.reasons().get(0).rule()).isEqualTo("assessmentTie");
        assertThat(style.reasons().get(0).zh()).contains("并列");
        assertThat(style.reasons().get(0).en()).contains("tie");
        // the risk level is untouched by the other kinds
        assertThat(Classify.code(c, RISK_LEVEL)).isEqualTo(Dimension.UNKNOWN);
    }

    @Test
    void aResultCodeThatIsNotACodeOfTheDimensionIsUnknownNotAnError() {
        DimensionResult level = Classify.result(with(risk("C9", Channel.BRANCH, "2026-03-01T10:00:00")), RISK_LEVEL);
        assertThat(level.isUnknown()).isTrue();
        assertThat(level.reasons().get(0).rule()).isEqualTo("unknownResultCode");
        assertThat(Classify.code(with(risk("C9", Channel.BRANCH, "2026-03-01T10:00:00")), RISK_ATTITUDE)).isEqualTo("UNKNOWN");
    }

    @Test
    void theDimensionsLabelsAreTheQuestionnairesLabels() {
        for (RiskLevel level : RiskLevel.values()) {
            assertThat(RISK_LEVEL.labelOf(level.name())).isEqualTo(level.label());
            assertThat(RISK_ATTITUDE.labelOf(level.attitude().name())).isEqualTo(level.attitude().label());
        }
        for (WealthAttitude w : WealthAttitude.values()) {
            assertThat(WEALTH_ATTITUDE.labelOf(w.name())).isEqualTo(w.label());
        }
        for (SocialStyle s : SocialStyle.values()) {
            assertThat(SOCIAL_STYLE.labelOf(s.name())).isEqualTo(s.label());
        }
        assertThat(WEALTH_ATTITUDE.valueCodes()).hasSize(WealthAttitude.values().length);
        assertThat(SOCIAL_STYLE.valueCodes()).hasSize(SocialStyle.values().length);
    }

    @Test
    void theTextBothFeatureQueriesDeliverIsRead() {
        AssessmentOnRecord a = AssessmentOnRecord.parse("RISK_TOLERANCE,BRANCH,C4,2026-03-01T10:15:00");
        assertThat(a).isEqualTo(risk("C4", Channel.BRANCH, "2026-03-01T10:15:00"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AssessmentOnRecord.parse("RISK_TOLERANCE,BRANCH,C4"))
                .hasMessageContaining("KIND,CHANNEL,CODE,DATE-TIME");
    }
}
