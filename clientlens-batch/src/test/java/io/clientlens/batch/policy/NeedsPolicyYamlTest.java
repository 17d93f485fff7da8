package io.clientlens.batch.policy;

import io.clientlens.policy.Policy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.clientlens.batch.policy.PolicyTexts.shippedWith;
import static org.assertj.core.api.Assertions.assertThat;

/** The needs: section of the shipped policy holds every default of docs/NEEDS.md, and mistakes in it are named by key path. */
class NeedsPolicyYamlTest {

    private final Policy.Needs needs = PolicyYaml.defaults().needs();

    @Test
    void hasTheHealthyRangesOfTheSixRatios() {
        assertThat(needs.healthyRanges().keySet()).containsExactlyInAnyOrderElementsOf(Policy.Needs.RATIO_CODES);
        assertThat(needs.healthyRange("savingsRatio")).isEqualTo(new Policy.HealthyRange(new BigDecimal("0.5"), new BigDecimal("0.7")));
        assertThat(needs.healthyRange("liquidityRatio")).isEqualTo(new Policy.HealthyRange(new BigDecimal("3"), new BigDecimal("6")));
        assertThat(needs.healthyRange("solvencyRatio")).isEqualTo(new Policy.HealthyRange(new BigDecimal("0.5"), null));
        assertThat(needs.healthyRange("debtServiceRatio")).isEqualTo(new Policy.HealthyRange(null, new BigDecimal("0.6")));
    }

    @Test
    void hasEveryConstantOfTheInsuranceDiagnosis() {
        assertThat(List.of(needs.parentSupportUntilAge(), needs.retirementFromAge(), needs.lifeExpectancy(), needs.pensionYears(),
                needs.defaultSupportYears())).containsExactly(80, 60, 85, 25, 5);
        assertThat(needs.criticalIllnessIncomeMultiple()).isEqualByComparingTo("3");
        assertThat(needs.retirementIncomeReplacement()).isEqualByComparingTo("0.7");
        assertThat(needs.finalExpenses()).isEqualByComparingTo("50000");
        assertThat(needs.discountRate()).isEqualByComparingTo("0");
        assertThat(needs.fourAccounts()).isEqualTo(new Policy.FourAccounts(new BigDecimal("0.05"), new BigDecimal("5"),
                new BigDecimal("7"), new BigDecimal("0.05"), new BigDecimal("0.10"), new BigDecimal("0.10"), new BigDecimal("0.15"), 40));
    }

    @Test
    void namesAnInvertedRangeAndAMissingRatio() {
        assertThat(problems(shippedWith("liquidityRatio: {min: 3, max: 6}", "liquidityRatio: {min: 6, max: 3}",
                "    investmentToNetAssets: {min: 0.5}           # 投资与净资产比率 = 投资资产 / 净资产，50% 以上\n", "")))
                .containsExactly(
                        "needs.healthyRanges.liquidityRatio.max: must not be less than min (6), found 3",
                        "needs.healthyRanges.investmentToNetAssets: missing (required): expected the healthy range of "
                                + "investmentToNetAssets as {min: …, max: …}");
    }

    @Test
    void namesAShareAboveOneAndALifeExpectancyBeforeRetirement() {
        assertThat(problems(shippedWith("retirementIncomeReplacement: 0.7", "retirementIncomeReplacement: 70",
                "lifeExpectancy: 85", "lifeExpectancy: 55")))
                .containsExactly(
                        "needs.retirementIncomeReplacement: must be a share between 0 and 1 (0.05 means 5 %), found 70",
                        "needs.lifeExpectancy: must be greater than retirementFromAge (60), found 55");
    }

    @Test
    void namesAMissingNeedsSection() {
        String text = PolicyTexts.shipped();
        String withoutNeeds = text.substring(0, text.indexOf("\n# 需求分析")) + text.substring(text.indexOf("\n# 地区："));
        assertThat(problems(withoutNeeds))
                .containsExactly("needs: missing (required): expected the keys " + String.join(", ", NeedsPolicyYaml.KEYS));
    }

    private static List<String> problems(String yaml) {
        try {
            PolicyYaml.parse(yaml, "test.yaml");
        } catch (PolicyInvalid e) {
            return e.problems();
        }
        throw new AssertionError("expected problems");
    }
}
