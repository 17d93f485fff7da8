package io.clientlens.batch.policy;

import io.clientlens.policy.Policy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped policy holds the numbers of docs/POLICY.md. */
class PolicyYamlDefaultsTest {

    private final Policy policy = PolicyYaml.defaults();

    @Test
    void isVersionV1InYuanForChineseCustomers() {
        assertThat(policy.version()).isEqualTo("v1");
        assertThat(policy.currency()).isEqualTo("CNY");
        assertThat(policy.homeCountries()).containsExactly("CN");
    }

    @Test
    void cutsAumTiersAtHalfAMillionAndSixMillion() {
        assertThat(policy.aumTier().bands().bandOf(new BigDecimal("499999.99")).code()).isEqualTo("MASS");
        assertThat(policy.aumTier().bands().bandOf(new BigDecimal("500000")).code()).isEqualTo("AFFLUENT");
        assertThat(policy.aumTier().bands().bandOf(new BigDecimal("5999999.99")).code()).isEqualTo("AFFLUENT");
        assertThat(policy.aumTier().bands().bandOf(new BigDecimal("6000000")).code()).isEqualTo("PRIVATE");
        assertThat(policy.aumTier().highEndMinNetAssets()).isEqualByComparingTo("5000000");
    }

    @Test
    void keepsContributionNumbersExactlyAsWritten() {
        // Equality includes the scale: a detour through double would turn 0.80 into 0.8.
        assertThat(policy.contribution().classAShare()).isEqualTo(new BigDecimal("0.80"));
        assertThat(policy.contribution().classBShare()).isEqualTo(new BigDecimal("0.95"));
        assertThat(policy.contribution().aumRate()).isEqualTo(new BigDecimal("0.015"));
        assertThat(policy.contribution().loanRate()).isEqualTo(new BigDecimal("0.025"));
        assertThat(policy.contribution().feeWindowDays()).isEqualTo(365);
    }

    @Test
    void countsThirtySixActivitiesAYearAsHighFrequency() {
        assertThat(policy.frequency().windowDays()).isEqualTo(365);
        assertThat(policy.frequency().bands().bandOf(BigDecimal.ZERO).code()).isEqualTo("ZERO");
        assertThat(policy.frequency().bands().bandOf(BigDecimal.ONE).code()).isEqualTo("LOW");
        assertThat(policy.frequency().bands().bandOf(new BigDecimal(35)).code()).isEqualTo("LOW");
        assertThat(policy.frequency().bands().bandOf(new BigDecimal(36)).code()).isEqualTo("HIGH");
    }

    @Test
    void hasTheLoyaltyAndValueClassThresholds() {
        assertThat(policy.loyalty()).isEqualTo(new Policy.Loyalty(180, 180, 365, 90, 2));
        assertThat(policy.valueClass().potentialMinTier()).isEqualTo("AFFLUENT");
        assertThat(policy.activity().bankPostingCategories()).contains("UROK", "SANKC. UROK", "SLUZBY");
        assertThat(policy.activity().feeCategories()).contains("SANKC. UROK", "SLUZBY").doesNotContain("UROK");
    }

    @Test
    void placesAgesInTheLifeStagesOfSection36() {
        assertThat(policy.lifeStage().retirementAge()).isEqualTo(60);
        assertThat(policy.lifeStage().childIndependentAge()).isEqualTo(22);
        assertThat(stageAt(24)).isEqualTo("SINGLE");
        assertThat(stageAt(25)).isEqualTo("FORMATION");
        assertThat(stageAt(29)).isEqualTo("FORMATION");
        assertThat(stageAt(30)).isEqualTo("GROWTH");
        assertThat(stageAt(49)).isEqualTo("GROWTH");
        assertThat(stageAt(50)).isEqualTo("MATURITY");
        assertThat(stageAt(60)).isEqualTo("RETIREMENT");
    }

    @Test
    void hasTheInvestmentExperienceRule() {
        assertThat(policy.investmentExperience().minYears()).isEqualTo(1);
        assertThat(policy.investmentExperience().minPurchases()).isEqualTo(2);
        assertThat(policy.investmentExperience().investmentProductTypes()).contains("FUND", "DERIVATIVE");
    }

    @Test
    void countsEveryBankWealthProductAndStructuredProductAsAnInvestmentButNotDepositsOrInsurance() {
        // bank wealth products are all non-guaranteed since the 2018 asset-management rules
        assertThat(policy.investmentExperience().investmentProductTypes()).contains("WEALTH", "WEALTH_NON_GUARANTEED",
                "WEALTH_FIXED_INCOME", "CASH_MANAGEMENT", "STRUCTURED", "INVESTMENT_INSURANCE", "BOND", "STOCK")
                .doesNotContain("DEPOSIT", "INSURANCE", "INSURANCE_LIFE", "PRECIOUS_METAL");
    }

    @Test
    void hasTheSuitabilityDefaultsOfSection5() {
        Policy.Suitability s = policy.suitability();
        assertThat(s.assessmentValidityMonths()).isEqualTo(12);
        assertThat(s.reminderDaysBeforeExpiry()).isEqualTo(30);
        assertThat(s.faceToFaceRequired()).isTrue();
        assertThat(s.secondApprovalMinAmount()).isEqualByComparingTo("1000000");
        assertThat(s.amountWindowDays()).isEqualTo(30);
        assertThat(s.reviewBeforeSaleMinAmount()).isEqualByComparingTo("300000");
        assertThat(s.reviewAfterSaleWorkingDays()).isEqualTo(2);
        assertThat(s.highMarketRiskMinRisk()).isEqualTo("R5");
        assertThat(s.experiencedOnlyMinAmount()).isEqualByComparingTo("100000");
        assertThat(s.auditRetentionYears()).isEqualTo(15);
    }

    @Test
    void hasTheRfmGridOfSection39() {
        Policy.Rfm rfm = policy.rfm();

        assertThat(rfm.windowDays()).isEqualTo(365);
        assertThat(rfm.recency()).isEqualTo(Policy.Rfm.RecencyScoring.BANDS);
        assertThat(rfm.recencyBandDays()).containsExactly(7, 30, 90, 180);
        assertThat(rfm.percentiles()).containsExactly(
                new BigDecimal("0.2"), new BigDecimal("0.4"), new BigDecimal("0.6"), new BigDecimal("0.8"));
        assertThat(rfm.segment(5, 1)).isEqualTo("NEW");
        assertThat(rfm.segment(4, 1)).isEqualTo("PROMISING");
        assertThat(rfm.segment(3, 3)).isEqualTo("NEED_ATTENTION");
        assertThat(rfm.segment(5, 5)).isEqualTo("CHAMPIONS");
        assertThat(rfm.segment(1, 5)).isEqualTo("CANT_LOSE");
        assertThat(rfm.segment(2, 1)).isEqualTo("HIBERNATING");
    }

    @Test
    void loadsTheSameFromAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("policy.yaml"), PolicyTexts.shipped(), StandardCharsets.UTF_8);

        assertThat(PolicyYaml.load(file)).isEqualTo(policy);
    }

    private String stageAt(int age) {
        return policy.lifeStage().byAge().bandOf(new BigDecimal(age)).code();
    }
}
