package io.clientlens.suitability;

import io.clientlens.classify.Reason;
import io.clientlens.customer.FieldProblem;
import io.clientlens.policy.Policy;
import io.clientlens.questionnaire.Channel;
import io.clientlens.questionnaire.RiskLevel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the regulation asks of every advised sale: the signed disclosure, the supervisor's review of
 * every report (before or after the sale), amounts added up per product against splitting, high
 * market risk as a product attribute, and a written opinion for every approval or refusal.
 */
class SuitabilityRegulationTest {

    static SuitabilityCase withEarlier(Product product, long amount, EarlierCheck... earlier) {
        return new SuitabilityCase("C1", product, BigDecimal.valueOf(amount), InitiatedBy.BANK,
                List.of(assessed(RiskLevel.C3, Channel.BRANCH, TODAY.minusMonths(2))), experienced(), TODAY, List.of(earlier));
    }

    static EarlierCheck earlier(long id, LocalDate day, long amount) {
        return new EarlierCheck(id, day, BigDecimal.valueOf(amount));
    }

    static Reason reason(SuitabilityDecision d, String rule) {
        return d.reasons().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow(() -> new AssertionError("no " + rule + " in " + d));
    }

    static Policy.Suitability withHighMarketRiskFrom(String minRisk) {
        Policy.Suitability p = policy();
        return new Policy.Suitability(p.assessmentValidityMonths(), p.reminderDaysBeforeExpiry(), p.faceToFaceRequired(),
                p.secondApprovalMinAmount(), p.amountWindowDays(), p.reviewBeforeSaleMinAmount(), p.reviewAfterSaleWorkingDays(),
                minRisk, p.experiencedOnlyMinAmount(), p.auditRetentionYears());
    }

    @Test
    void everySaleThatCanGoAheadStartsWithTheSignedDisclosure() {
        SuitabilityDecision plain = SuitabilityRules.decide(at(RiskLevel.C3, fund(ProductRisk.R2), 50_000), policy());
        assertThat(plain).isInstanceOf(SuitabilityDecision.Allowed.class);
        assertThat(plain.steps()).containsExactly(Step.WRITTEN_CONFIRMATION);
        assertThat(plain.initiativeConfirmation()).isFalse();
        assertThat(reason(plain, "everySaleEndsWithSignedDisclosure").zh()).contains("抄写", "客户与理财经理签名");
        // a block that no override can lift asks for nothing to be signed or reviewed
        SuitabilityDecision blocked = SuitabilityRules.decide(at(RiskLevel.C1, fund(ProductRisk.R3), 50_000), policy());
        assertThat(blocked.steps()).isEmpty();
        assertThat(blocked.reasons()).extracting(Reason::rule).doesNotContain("everySaleEndsWithSignedDisclosure", "supervisorReviewsEveryReport");
        assertThat(blocked.reviewDueOn()).isNull();
    }

    @Test
    void reviewsSmallSalesAfterwardsWithinTwoWorkingDaysAndLargeOnesBeforeTheSale() {
        SuitabilityDecision small = SuitabilityRules.decide(at(RiskLevel.C3, fund(ProductRisk.R2), 299_999), policy());
        assertThat(small.steps()).containsExactly(Step.WRITTEN_CONFIRMATION);
        assertThat(small.reviewDueOn()).isEqualTo(LocalDate.of(2026, 6, 3)); // Monday + 2 working days
        assertThat(reason(small, "supervisorReviewsEveryReport").zh()).contains("2 个工作日内（2026-06-03 前）");

        SuitabilityDecision large = SuitabilityRules.decide(at(RiskLevel.C3, fund(ProductRisk.R2), 300_000), policy());
        assertThat(large).isInstanceOf(SuitabilityDecision.Allowed.class);
        assertThat(large.steps()).containsExactly(Step.WRITTEN_CONFIRMATION, Step.SUPERVISOR_REVIEW);
        assertThat(large.reviewDueOn()).isNull();
        assertThat(reason(large, "supervisorReviewsEveryReport").en()).contains("the sale waits", "300,000 CNY ≥ 300,000 CNY");

        // every override waits for the review, whatever the amount
        SuitabilityDecision override = SuitabilityRules.decide(at(RiskLevel.C2, fund(ProductRisk.R4), 1_000), policy());
        assertThat(override.steps()).contains(Step.SUPERVISOR_REVIEW);
        assertThat(reason(override, "supervisorReviewsEveryReport").zh()).contains("特别文件");
    }

    @Test
    void countsWorkingDaysOverTheWeekend() {
        assertThat(WorkingDays.after(LocalDate.of(2026, 6, 5), 2)).isEqualTo(LocalDate.of(2026, 6, 9)); // Friday → Tuesday
        assertThat(WorkingDays.after(LocalDate.of(2026, 6, 6), 1)).isEqualTo(LocalDate.of(2026, 6, 8)); // Saturday → Monday
        assertThat(WorkingDays.after(LocalDate.of(2026, 6, 1), 0)).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThatThrownBy(() -> WorkingDays.after(TODAY, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addsUpTheSameProductOverThirtyDaysAgainstSplitting() {
        Product bond = fund(ProductRisk.R2);
        assertThat(SuitabilityRules.decide(withEarlier(bond, 999_999), policy())).isInstanceOf(SuitabilityDecision.Allowed.class);
        SuitabilityDecision second = SuitabilityRules.decide(withEarlier(bond, 999_999, earlier(7, TODAY, 999_999)), policy());
        assertThat(second).isInstanceOf(SuitabilityDecision.ApprovalRequired.class);
        assertThat(second.steps()).containsExactly(Step.WRITTEN_CONFIRMATION, Step.SUPERVISOR_REVIEW, Step.SECOND_APPROVAL);
        Reason why = reason(second, "largeAmountsNeedSecondApproval");
        assertThat(why.zh()).startsWith("30 日内同一产品累计 1,999,998 元 ≥ 1,000,000 元").contains("#7 2026-06-01 999,999 元");
        assertThat(why.en()).startsWith("Within 30 days the same product adds up to 1,999,998 CNY ≥ 1,000,000 CNY");
        assertThat(reason(second, "supervisorReviewsEveryReport").zh()).contains("须二次审批");
    }

    @Test
    void theWindowIsTheCheckDayAndTheTwentyNineDaysBefore() {
        Product bond = fund(ProductRisk.R2);
        // 3 May to 1 June are 30 days: a check on 3 May still counts ...
        SuitabilityDecision inside = SuitabilityRules.decide(withEarlier(bond, 600_000, earlier(1, TODAY.minusDays(29), 400_000)), policy());
        assertThat(inside).isInstanceOf(SuitabilityDecision.ApprovalRequired.class);
        // ... one on 2 May no longer does
        SuitabilityDecision outside = SuitabilityRules.decide(withEarlier(bond, 600_000, earlier(1, TODAY.minusDays(30), 400_000)), policy());
        assertThat(outside).isInstanceOf(SuitabilityDecision.Allowed.class);
        assertThat(outside.reasons()).extracting(Reason::rule).doesNotContain("largeAmountsNeedSecondApproval");
        // below the threshold with earlier checks inside the window, the reason shows the sum
        SuitabilityDecision below = SuitabilityRules.decide(withEarlier(bond, 500_000, earlier(2, TODAY.minusDays(3), 499_999)), policy());
        assertThat(below).isInstanceOf(SuitabilityDecision.Allowed.class);
        assertThat(reason(below, "largeAmountsNeedSecondApproval").en()).contains("999,999 CNY < 1,000,000 CNY", "no second approval needed");
        // the window is policy
        Policy.Suitability p = policy();
        Policy.Suitability sevenDays = new Policy.Suitability(p.assessmentValidityMonths(), p.reminderDaysBeforeExpiry(),
                p.faceToFaceRequired(), p.secondApprovalMinAmount(), 7, p.reviewBeforeSaleMinAmount(), p.reviewAfterSaleWorkingDays(),
                p.highMarketRiskMinRisk(), p.experiencedOnlyMinAmount(), p.auditRetentionYears());
        assertThat(SuitabilityRules.decide(withEarlier(bond, 600_000, earlier(1, TODAY.minusDays(7), 400_000)), sevenDays))
                .isInstanceOf(SuitabilityDecision.Allowed.class);
        assertThat(reason(SuitabilityRules.decide(withEarlier(bond, 600_000, earlier(1, TODAY.minusDays(6), 400_000)), sevenDays),
                "largeAmountsNeedSecondApproval").zh()).startsWith("7 日内同一产品累计 1,000,000 元 ≥ 1,000,000 元");
    }

    @Test
    void r5IsOfHighMarketRiskByDefaultAndR4WhenThePolicySaysSo() {
        Product r5 = fund(ProductRisk.R5);
        Product r4 = fund(ProductRisk.R4);
        assertThat(r5.isHighMarketRisk(ProductRisk.R5)).isTrue();
        assertThat(r4.isHighMarketRisk(ProductRisk.R5)).isFalse();
        assertThat(r4.isHighMarketRisk(ProductRisk.R4)).isTrue();
        assertThat(r5.highMarketRiskSource()).isEqualTo(Product.HighMarketRiskSource.POLICY);

        // an R5 fund recommended by the bank to an inexperienced C5 customer: blocked as high market risk
        SuitabilityDecision r5ByBank = SuitabilityRules.decide(at(RiskLevel.C5, r5, 50_000, inexperienced(), InitiatedBy.BANK), policy());
        assertThat(r5ByBank).isInstanceOf(SuitabilityDecision.Blocked.class);
        assertThat(reason(r5ByBank, "highMarketRiskOnlyOnCustomerInitiative").zh())
                .contains("高市场风险产品（R5 产品，按政策 R5 及以上为高市场风险）");
        // the same for R4 only under a policy that extends high market risk to R4
        SuitabilityCase r4ByBank = at(RiskLevel.C5, r4, 50_000, inexperienced(), InitiatedBy.BANK);
        assertThat(SuitabilityRules.decide(r4ByBank, policy())).isInstanceOf(SuitabilityDecision.Allowed.class);
        SuitabilityDecision r4Extended = SuitabilityRules.decide(r4ByBank, withHighMarketRiskFrom("R4"));
        assertThat(r4Extended).isInstanceOf(SuitabilityDecision.Blocked.class);
        assertThat(reason(r4Extended, "highMarketRiskOnlyOnCustomerInitiative").en()).contains("the policy counts R4 and above");

        // on the customer's own initiative: the written confirmation with face-to-face explanation
        SuitabilityDecision asked = SuitabilityRules.decide(at(RiskLevel.C5, r4, 50_000, inexperienced(), InitiatedBy.CUSTOMER),
                withHighMarketRiskFrom("R4"));
        assertThat(asked).isInstanceOf(SuitabilityDecision.ConfirmationRequired.class);
        assertThat(asked.initiativeConfirmation()).isTrue();
    }

    @Test
    void theCatalogueDecidesForNonDerivativesAndADerivativeIsAlwaysOfHighMarketRisk() {
        Product r5NotHigh = new Product("R5X", "黄金积存", ProductRisk.R5, "PRECIOUS_METAL", false, BigDecimal.ONE, false, false, null);
        Product r3High = new Product("R3X", "商品挂钩理财", ProductRisk.R3, "STRUCTURED", false, BigDecimal.ONE, false, true, null);
        Product derivativeMarkedFalse = new Product("D", "期权", ProductRisk.R3, "DERIVATIVE", false, BigDecimal.ONE, true, false, null);
        assertThat(r5NotHigh.isHighMarketRisk(ProductRisk.R5)).isFalse();
        assertThat(r3High.isHighMarketRisk(ProductRisk.R5)).isTrue();
        assertThat(r3High.highMarketRiskSource()).isEqualTo(Product.HighMarketRiskSource.CATALOGUE);
        assertThat(derivativeMarkedFalse.isHighMarketRisk(ProductRisk.R5)).isTrue();
        assertThat(SuitabilityRules.decide(at(RiskLevel.C5, r3High, 50_000, inexperienced(), InitiatedBy.BANK), policy()))
                .isInstanceOf(SuitabilityDecision.Blocked.class);
        assertThat(SuitabilityRules.decide(at(RiskLevel.C5, fxOption(ProductRisk.R3), 60_000, inexperienced(), InitiatedBy.BANK), policy())
                .reasons()).extracting(Reason::zh).anyMatch(z -> z.contains("高市场风险产品（衍生品）"));
        assertThat(RiskDisclosure.forProduct(r3High, true).zh()).contains("本产品属高市场风险产品");
    }

    @Test
    void anApprovalOrARefusalNeedsAWrittenOpinion() {
        assertThat(Opinion.problems(null)).extracting(FieldProblem::field).containsExactly("opinion");
        assertThat(Opinion.problems(" \u3000\n")).singleElement().extracting(FieldProblem::zh).asString().contains("须填写书面意见");
        assertThat(Opinion.problems("x".repeat(Opinion.MAX_LENGTH + 1))).singleElement().extracting(FieldProblem::en).asString()
                .contains("at most 2000 characters");
        assertThat(Opinion.problems("已核实，无误导销售")).isEmpty();
    }
}
