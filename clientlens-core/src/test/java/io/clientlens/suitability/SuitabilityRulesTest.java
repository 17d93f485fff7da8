package io.clientlens.suitability;

import io.clientlens.classify.Reason;
import io.clientlens.questionnaire.Channel;
import io.clientlens.questionnaire.RiskLevel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.clientlens.suitability.SuitabilityFixture.TODAY;
import static io.clientlens.suitability.SuitabilityFixture.assessed;
import static io.clientlens.suitability.SuitabilityFixture.at;
import static io.clientlens.suitability.SuitabilityFixture.experienced;
import static io.clientlens.suitability.SuitabilityFixture.fund;
import static io.clientlens.suitability.SuitabilityFixture.fxOption;
import static io.clientlens.suitability.SuitabilityFixture.inexperienced;
import static io.clientlens.suitability.SuitabilityFixture.policy;
import static org.assertj.core.api.Assertions.assertThat;

class SuitabilityRulesTest {

    static SuitabilityDecision decide(SuitabilityCase c) {
        return SuitabilityRules.decide(c, policy());
    }

    static List<String> rules(SuitabilityDecision d) {
        return d.reasons().stream().map(Reason::rule).toList();
    }

    @Test
    void allowsAProductWhoseRiskTheLevelCoversAndSaysWhy() {
        SuitabilityDecision d = decide(at(RiskLevel.C3, fund(ProductRisk.R3), 50_000));
        assertThat(d).isInstanceOf(SuitabilityDecision.Allowed.class);
        assertThat(d.reasons()).extracting(Reason::zh).contains("产品风险 R3 ≤ 客户风险等级 C3");
    }

    @Test
    void blocksAProductAboveTheLevelButLeavesTheOverrideOpenFromC2() {
        SuitabilityDecision d = decide(at(RiskLevel.C2, fund(ProductRisk.R4), 50_000));
        assertThat(d).isEqualTo(new SuitabilityDecision.Blocked(d.reasons(), true,
                List.of(Step.WRITTEN_CONFIRMATION, Step.OVERRIDE_DOCUMENT, Step.SUPERVISOR_REVIEW), false));
        assertThat(rules(d)).contains("riskLevelMustCoverProductRisk");
    }

    @Test
    void neverLetsTheLowestLevelBuyAboveR1NotEvenByOverride() {
        SuitabilityDecision d = decide(at(RiskLevel.C1, fund(ProductRisk.R2), 10_000));
        assertThat(d).isInstanceOf(SuitabilityDecision.Blocked.class);
        assertThat(((SuitabilityDecision.Blocked) d).overridable()).isFalse();
        assertThat(rules(d)).contains("lowestLevelNeverAboveR1").doesNotContain("riskLevelMustCoverProductRisk");
        assertThat(decide(at(RiskLevel.C1, fund(ProductRisk.R1), 10_000))).isInstanceOf(SuitabilityDecision.Allowed.class);
    }

    @Test
    void neverSellsExperiencedOnlyProductsToTheInexperiencedAndSaysWhereExperienceCameFrom() {
        SuitabilityDecision d = decide(at(RiskLevel.C4, SuitabilityFixture.experiencedOnlyNote(), 200_000, inexperienced(), InitiatedBy.CUSTOMER));
        assertThat(d).isInstanceOf(SuitabilityDecision.Blocked.class);
        assertThat(((SuitabilityDecision.Blocked) d).overridable()).isFalse();
        assertThat(d.reasons()).filteredOn(r -> r.rule().equals("onlyExperiencedMayBuyExperiencedOnly"))
                .singleElement().extracting(Reason::en).asString().contains("KYC profile");
    }

    @Test
    void requiresTheExperiencedOnlyMinimumOf100000() {
        SuitabilityDecision below = decide(at(RiskLevel.C4, SuitabilityFixture.experiencedOnlyNote(), 99_999));
        assertThat(rules(below)).contains("experiencedOnlyNeedsMinimumAmount");
        assertThat(below).isInstanceOf(SuitabilityDecision.Blocked.class);
        assertThat(decide(at(RiskLevel.C4, SuitabilityFixture.experiencedOnlyNote(), 100_000))).isInstanceOf(SuitabilityDecision.Allowed.class);
    }

    @Test
    void withoutAnAssessmentTheDerivativeRuleDoesNotClaimTheRiskLevelCoversTheProduct() {
        SuitabilityCase none = new SuitabilityCase("C1", fxOption(ProductRisk.R4), BigDecimal.valueOf(60_000), InitiatedBy.CUSTOMER,
                List.of(), experienced(), TODAY);
        SuitabilityDecision d = decide(none);
        assertThat(d).isInstanceOf(SuitabilityDecision.Blocked.class);
        assertThat(rules(d)).contains("riskAssessmentMustBeOnFile");
        Reason derivative = d.reasons().stream().filter(r -> r.rule().equals("highMarketRiskOnlyOnCustomerInitiative")).findFirst().orElseThrow();
        assertThat(derivative.zh()).contains("没有有效的风险承受能力评估").doesNotContain("风险等级匹配");
        assertThat(derivative.en()).contains("no current risk assessment").doesNotContain("covers");
    }

    @Test
    void refusesBankRecommendedDerivativesToTheInexperiencedButAcceptsTheCustomersInitiativeWithConfirmation() {
        SuitabilityDecision byBank = decide(at(RiskLevel.C5, fxOption(ProductRisk.R4), 60_000, inexperienced(), InitiatedBy.BANK));
        assertThat(byBank).isInstanceOf(SuitabilityDecision.Blocked.class);
        assertThat(rules(byBank)).contains("highMarketRiskOnlyOnCustomerInitiative");
        SuitabilityDecision byCustomer = decide(at(RiskLevel.C5, fxOption(ProductRisk.R4), 60_000, inexperienced(), InitiatedBy.CUSTOMER));
        assertThat(byCustomer).isEqualTo(new SuitabilityDecision.ConfirmationRequired(byCustomer.reasons(), List.of(Step.WRITTEN_CONFIRMATION),
                TODAY.plusDays(2)));
        assertThat(decide(at(RiskLevel.C5, fxOption(ProductRisk.R4), 60_000, experienced(), InitiatedBy.BANK)))
                .isInstanceOf(SuitabilityDecision.Allowed.class);
    }

    @Test
    void needsASecondApprovalFromOneMillion() {
        assertThat(decide(at(RiskLevel.C3, fund(ProductRisk.R2), 999_999))).isInstanceOf(SuitabilityDecision.Allowed.class);
        SuitabilityDecision d = decide(at(RiskLevel.C3, fund(ProductRisk.R2), 1_000_000));
        assertThat(d).isEqualTo(new SuitabilityDecision.ApprovalRequired(d.reasons(),
                List.of(Step.WRITTEN_CONFIRMATION, Step.SUPERVISOR_REVIEW, Step.SECOND_APPROVAL), false));
    }

    @Test
    void blocksWithoutAnAssessment() {
        var c = new SuitabilityCase("C1", fund(ProductRisk.R1), BigDecimal.TEN, InitiatedBy.BANK, List.of(), experienced(), TODAY);
        assertThat(rules(decide(c))).containsExactly("riskAssessmentMustBeOnFile");
    }

    @Test
    void blocksAnExpiredAssessmentFromTheDayAfterItsLastValidDay() {
        var lastDay = new SuitabilityCase("C1", fund(ProductRisk.R1), BigDecimal.TEN, InitiatedBy.BANK,
                List.of(assessed(RiskLevel.C3, Channel.BRANCH, TODAY.minusMonths(12).plusDays(1))), experienced(), TODAY);
        assertThat(decide(lastDay)).isInstanceOf(SuitabilityDecision.Allowed.class);
        assertThat(rules(decide(lastDay))).contains("remindBeforeExpiry");
        var expired = new SuitabilityCase("C1", fund(ProductRisk.R1), BigDecimal.TEN, InitiatedBy.BANK,
                List.of(assessed(RiskLevel.C3, Channel.BRANCH, TODAY.minusMonths(12))), experienced(), TODAY);
        assertThat(decide(expired)).isInstanceOf(SuitabilityDecision.Blocked.class);
        assertThat(rules(decide(expired))).containsExactly("assessmentMustBeCurrent");
    }

    @Test
    void ignoresAnOnlineAssessmentWhileFaceToFaceIsRequired() {
        var online = new SuitabilityCase("C1", fund(ProductRisk.R1), BigDecimal.TEN, InitiatedBy.BANK,
                List.of(assessed(RiskLevel.C5, Channel.ONLINE, TODAY.minusDays(1))), experienced(), TODAY);
        assertThat(rules(decide(online))).containsExactly("onlyFaceToFaceAssessmentsCount");
        var relaxed = new io.clientlens.policy.Policy.Suitability(12, 30, false, BigDecimal.valueOf(1_000_000), 30,
                BigDecimal.valueOf(300_000), 2, "R5", BigDecimal.valueOf(100_000), 15);
        assertThat(SuitabilityRules.decide(online, relaxed)).isInstanceOf(SuitabilityDecision.Allowed.class);
        var olderAtBranch = new SuitabilityCase("C1", fund(ProductRisk.R3), BigDecimal.TEN, InitiatedBy.BANK,
                List.of(assessed(RiskLevel.C5, Channel.ONLINE, TODAY.minusDays(1)), assessed(RiskLevel.C2, Channel.BRANCH, TODAY.minusDays(30))),
                experienced(), TODAY);
        assertThat(rules(decide(olderAtBranch))).contains("riskLevelMustCoverProductRisk");
    }

    @Test
    void clearsASaleOnlyWhenEveryStepIsApproved() {
        List<Step> steps = List.of(Step.OVERRIDE_DOCUMENT, Step.SUPERVISOR_REVIEW);
        assertThat(Clearance.of("BLOCKED", true, steps, java.util.Set.of(Step.OVERRIDE_DOCUMENT), false))
                .isEqualTo(new Clearance.Pending(List.of(Step.SUPERVISOR_REVIEW)));
        assertThat(Clearance.of("BLOCKED", true, steps, java.util.Set.copyOf(steps), false)).isInstanceOf(Clearance.Cleared.class);
        assertThat(Clearance.of("BLOCKED", true, steps, java.util.Set.of(Step.OVERRIDE_DOCUMENT), true)).isInstanceOf(Clearance.Refused.class);
        assertThat(Clearance.of("BLOCKED", false, List.of(), java.util.Set.of(), false)).isInstanceOf(Clearance.Refused.class);
    }

    @Test
    void theRuleListReadsLikeThePolicy() {
        assertThat(SuitabilityRules.all()).extracting(SuitabilityRule::name).containsExactly(
                "amlStandingAllowsNewBusiness", "riskAssessmentMustBeOnFile", "onlyFaceToFaceAssessmentsCount", "assessmentMustBeCurrent", "remindBeforeExpiry",
                "lowestLevelNeverAboveR1", "riskLevelMustCoverProductRisk", "onlyExperiencedMayBuyExperiencedOnly",
                "experiencedOnlyNeedsMinimumAmount", "highMarketRiskOnlyOnCustomerInitiative", "largeAmountsNeedSecondApproval",
                "everySaleEndsWithSignedDisclosure", "supervisorReviewsEveryReport");
    }
}
