package io.clientlens.batch.policy;

import io.clientlens.policy.AmlPolicy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.clientlens.batch.policy.PolicyTexts.shippedWith;
import static org.assertj.core.api.Assertions.assertThat;

/** The aml: section of the shipped policy holds the defaults of docs/AML.md, and every mistake in it is named. */
class AmlPolicyYamlTest {
    private final AmlPolicy aml = PolicyYaml.defaults().aml();

    @Test
    void ratesLowBelowThirtyAndHighFromSixty() {
        assertThat(aml.rating().mediumFrom()).isEqualTo(30);
        assertThat(aml.rating().highFrom()).isEqualTo(60);
        assertThat(aml.rating().points().keySet()).containsExactlyInAnyOrderElementsOf(AmlPolicy.FACTORS);
        assertThat(aml.rating().points(("pepForeign"))).isEqualTo(40);
        assertThat(aml.rating().points(("beneficialOwnersMissing"))).isEqualTo(30);
        assertThat(aml.rating().highRiskJurisdictions()).contains("KP", "IR");
        assertThat(aml.rating().highRiskIndustries()).contains("拍卖", "典当", "空壳公司", "娱乐场所", "贵金属");
        assertThat(aml.rating().cashShare()).isEqualTo(new BigDecimal("0.5"));
    }

    @Test
    void monitorsWithTheThresholdsOfTheSpecificationDefaults() {
        AmlPolicy.Monitoring m = aml.monitoring();
        assertThat(m.windowDays()).isEqualTo(365);
        assertThat(m.largeCash().threshold()).isEqualByComparingTo("50000");
        assertThat(m.structuring()).isEqualTo(new AmlPolicy.Structuring(new BigDecimal("0.8"), 3, 10, 70));
        assertThat(m.profileMismatch().incomeMultiple()).isEqualByComparingTo("3");
        assertThat(m.profileMismatch().capitalMultiple()).isEqualByComparingTo("5");
        assertThat(m.profileMismatch().ageCredits()).isEqualByComparingTo("500000");
        assertThat(m.dormantReactivation().dormantDays()).isEqualTo(180);
        assertThat(m.dormantReactivation().minCredits()).isEqualByComparingTo("100000");
        assertThat(m.rapidInOut().outShare()).isEqualTo(new BigDecimal("0.9"));
        assertThat(m.rapidInOut().withinDays()).isEqualTo(2);
        assertThat(m.manyCounterparties().minCounterparties()).isEqualTo(20);
    }

    @Test
    void namesAMissingFactorAnUnknownOneAndNegativePoints() {
        assertThat(problems(shippedWith("      nonResident: 10", "      nonResidents: 10",
                "      crossBorder: 15", "      crossBorder: -15")))
                .containsExactly(
                        "aml.rating.points.nonResidents: unknown key (expected one of " + String.join(", ", AmlPolicy.FACTORS) + ")",
                        "aml.rating.points.nonResident: missing (required): expected the points of this factor (0 to turn it off)",
                        "aml.rating.points.crossBorder: must be at least 0, found -15");
    }

    @Test
    void namesLevelsOutOfOrderAScoreAboveAHundredAndAnUnknownDirection() {
        assertThat(problems(shippedWith("levels: {mediumFrom: 30, highFrom: 60}", "levels: {mediumFrom: 30, highFrom: 30}",
                "largeCash: {threshold: 50000, score: 40}", "largeCash: {threshold: 50000, score: 140}",
                "direction: ANY", "direction: BOTH")))
                .containsExactly(
                        "aml.rating.levels.highFrom: must be greater than mediumFrom (30), found 30",
                        "aml.monitoring.largeCash.score: must be at most 100, found 140",
                        "aml.monitoring.manyCounterparties.direction: expected CREDIT, DEBIT or ANY, found \"BOTH\"");
    }

    @Test
    void namesAThresholdThatIsNotPositiveAndAShareOfTheWhole() {
        assertThat(problems(shippedWith("largeCash: {threshold: 50000", "largeCash: {threshold: 0",
                "structuring: {minShare: 0.8", "structuring: {minShare: 1")))
                .containsExactly("aml.monitoring.largeCash.threshold: must be greater than 0, found 0",
                        "aml.monitoring.structuring.minShare: must be greater than 0 and less than 1 (0.80 means 80 %), found 1");
    }

    @Test
    void namesAProfileWindowLongerThanTheMonitoringWindow() {
        assertThat(problems(shippedWith("profileMismatch: {windowDays: 365", "profileMismatch: {windowDays: 400")))
                .containsExactly("aml.monitoring.profileMismatch.windowDays: must be at most the monitoring windowDays (365), found 400");
    }

    private static List<String> problems(String yaml) {
        try {
            PolicyYaml.parse(yaml, "test.yaml");
        } catch (PolicyInvalid invalid) {
            return invalid.problems();
        }
        throw new AssertionError("the policy was accepted, but a problem was expected");
    }
}
