package io.clientlens.suitability;

import io.clientlens.classify.PolicyFixture;
import io.clientlens.classify.Reason;
import io.clientlens.policy.Policy;
import io.clientlens.questionnaire.Channel;
import io.clientlens.questionnaire.RiskLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Products, customers and cases for the suitability rules, on 1 June 2026. */
final class SuitabilityFixture {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private SuitabilityFixture() {
    }

    static Policy.Suitability policy() {
        return PolicyFixture.v1().suitability();
    }

    static Product fund(ProductRisk risk) {
        return new Product("F-" + risk, "稳健债券基金", risk, "FUND", false, BigDecimal.valueOf(1000), false, null, null);
    }

    static Product privateEquity() {
        return new Product("PE1", "私募股权计划", ProductRisk.R5, "PRIVATE_FUND", true, BigDecimal.valueOf(1_000_000), false, null, 60);
    }

    static Product experiencedOnlyNote() {
        return new Product("SN1", "结构性票据", ProductRisk.R3, "STRUCTURED", true, BigDecimal.ZERO, false, null, 12);
    }

    static Product fxOption(ProductRisk risk) {
        return new Product("FXO", "外汇期权", risk, "DERIVATIVE", false, BigDecimal.valueOf(50_000), true, null, 3);
    }

    static RiskAssessmentOnFile assessed(RiskLevel level, Channel channel, LocalDate on) {
        return new RiskAssessmentOnFile(1, "risk-tolerance-v1", level, channel, on.atTime(10, 0));
    }

    static Experience experienced() {
        return new Experience(true, Experience.Source.CLASSIFICATION, new Reason("heldLongEnough", "持有3年", "held 3 years"));
    }

    static Experience inexperienced() {
        return new Experience(false, Experience.Source.PROFILE, new Reason("notEnough", "无", "none"));
    }

    static SuitabilityCase at(RiskLevel level, Product product, long amount, Experience experience, InitiatedBy by) {
        return new SuitabilityCase("C1", product, BigDecimal.valueOf(amount), by,
                List.of(assessed(level, Channel.BRANCH, TODAY.minusMonths(2))), experience, TODAY);
    }

    static SuitabilityCase at(RiskLevel level, Product product, long amount) {
        return at(level, product, amount, experienced(), InitiatedBy.BANK);
    }
}
