package io.clientlens.classify;

import io.clientlens.customer.InvestmentHistory;
import io.clientlens.customer.Profile;
import io.clientlens.policy.Policy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.clientlens.classify.CustomerFixture.customer;
import static io.clientlens.code.Dimension.INVESTMENT_EXPERIENCE;
import static io.clientlens.code.Dimension.RFM_SEGMENT;
import static org.assertj.core.api.Assertions.assertThat;

class InvestmentExperienceAndRfmRuleTest {

    @Test
    void oneYearHeldOrTwoPurchasesMakeAnExperiencedInvestor() {
        assertThat(Classify.code(customer("1").investmentsAtBank(365, 1), INVESTMENT_EXPERIENCE)).isEqualTo("EXPERIENCED");
        assertThat(Classify.code(customer("1").investmentsAtBank(364, 1), INVESTMENT_EXPERIENCE)).isEqualTo("INEXPERIENCED");
        assertThat(Classify.code(customer("1").investmentsAtBank(10, 2), INVESTMENT_EXPERIENCE)).isEqualTo("EXPERIENCED");
    }

    @Test
    void declaredHistoryCountsAndItsAbsenceIsExplained() {
        Profile declared = Profile.builder("1").investmentHistory(new InvestmentHistory(3, List.of("FUND"), 1)).build();
        assertThat(Classify.code(customer("1").profile(declared), INVESTMENT_EXPERIENCE)).isEqualTo("EXPERIENCED");
        DimensionResult none = Classify.result(customer("1"), INVESTMENT_EXPERIENCE);
        assertThat(none.code()).isEqualTo("INEXPERIENCED");
        assertThat(none.reasons().get(0).en()).contains("KYC: no investment history on file");
    }

    @Test
    void aWealthProductHeldAtTheBankSince2023IsExperienceAndTheReasonNamesTheBankHoldings() {
        // 1217 days (2023-06-01 to 2026-09-30) / 365 = 3.33 years; the KYC profile declares none
        Profile none = Profile.builder("1").investmentHistory(new InvestmentHistory(0, List.of(), 0)).build();
        DimensionResult r = Classify.result(customer("1").investmentsAtBank(1217, 1).profile(none), INVESTMENT_EXPERIENCE);
        assertThat(r.code()).isEqualTo("EXPERIENCED");
        assertThat(r.reasons().get(0)).isEqualTo(new Reason("bankHoldings",
                "本行持仓：非存款类投资产品累计持有 3.3 年、购买 1 笔，达到 ≥ 1 年或 ≥ 2 次（KYC投资经历：0 年、购买 0 次） → 有投资经验",
                "At the bank: non-deposit investments held 3.3 years in total, 1 purchase(s), meets ≥ 1 year(s) or ≥ 2 purchases"
                        + " (KYC investment history: 0 years, 0 purchase(s)) → Experienced"));
        assertThat(r.inputs()).containsEntry("investmentDaysAtBank", 1217L).containsEntry("investmentPurchasesAtBank", 1)
                .containsEntry("declaredYears", 0).containsEntry("declaredPurchases", 0);
    }

    @Test
    void theReasonNamesTheKycHistoryWhenOnlyItQualifiesAndBothWhenBothDo() {
        Profile declared = Profile.builder("1").investmentHistory(new InvestmentHistory(3, List.of("FUND"), 1)).build();
        DimensionResult kyc = Classify.result(customer("1").investmentsAtBank(100, 1).profile(declared), INVESTMENT_EXPERIENCE);
        assertThat(kyc.reasons().get(0).rule()).isEqualTo("kycHistory");
        assertThat(kyc.reasons().get(0).zh()).isEqualTo(
                "KYC投资经历：3 年、购买 1 次，达到 ≥ 1 年或 ≥ 2 次（本行持仓：非存款类投资产品累计持有 0.3 年、购买 1 笔） → 有投资经验");
        DimensionResult both = Classify.result(customer("1").investmentsAtBank(30, 2).profile(declared), INVESTMENT_EXPERIENCE);
        assertThat(both.reasons().get(0).rule()).isEqualTo("bankHoldingsAndKycHistory");
        assertThat(both.reasons().get(0).en()).isEqualTo("At the bank: non-deposit investments held 0.1 years in total, 2 purchase(s);"
                + " KYC investment history: 3 years, 1 purchase(s); both meet ≥ 1 year(s) or ≥ 2 purchases → Experienced");
    }

    @Test
    void theSourcesAreComparedNotAddedSoOnePurchaseInEachIsNotEnough() {
        // The KYC declaration covers every institution, the bank's own purchase included.
        Profile declared = Profile.builder("1").investmentHistory(new InvestmentHistory(0, List.of("FUND"), 1)).build();
        DimensionResult r = Classify.result(customer("1").investmentsAtBank(200, 1).profile(declared), INVESTMENT_EXPERIENCE);
        assertThat(r.code()).isEqualTo("INEXPERIENCED");
        assertThat(r.reasons().get(0)).isEqualTo(new Reason("notEnough",
                "本行持仓：非存款类投资产品累计持有 0.5 年、购买 1 笔；KYC投资经历：0 年、购买 1 次；均未达 ≥ 1 年或 ≥ 2 次 → 无投资经验",
                "At the bank: non-deposit investments held 0.5 years in total, 1 purchase(s); KYC investment history: 0 years,"
                        + " 1 purchase(s); neither meets ≥ 1 year(s) or ≥ 2 purchases → Inexperienced"));
    }

    @Test
    void noActivityInTheWindowIsLost() {
        assertThat(Classify.code(customer("1").activity(0, 0, 400), RFM_SEGMENT)).isEqualTo("LOST");
    }

    @Test
    void rfmScoresUseNearestRankQuintilesOverActiveCustomersWhenThePolicySaysQuintilesForR() {
        // ten active customers: recency 1..10 days, frequency 10..1, so the most recent is the most frequent.
        List<CustomerFeatures> population = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            population.add(customer("c" + (char) ('a' + i)).activity(11 - i, 100L * i, i).build());
        }
        population.add(customer("z").activity(0, 0, null).build());
        var results = Classify.population(population, PolicyFixture.v1(Policy.Rfm.RecencyScoring.QUINTILES));
        // n = 10: cut ranks 2, 4, 6, 8. Recency −1 is above all four cuts (−9, −7, −5, −3) → R 5; F 10 → 5.
        DimensionResult best = results.get(0).get(RFM_SEGMENT);
        assertThat(best.inputs()).containsEntry("R", 5).containsEntry("F", 5).containsEntry("M", 1);
        assertThat(best.code()).isEqualTo("CHAMPIONS");
        DimensionResult worst = results.get(9).get(RFM_SEGMENT);
        assertThat(worst.inputs()).containsEntry("R", 1).containsEntry("F", 1).containsEntry("M", 5);
        assertThat(worst.code()).isEqualTo("HIBERNATING");
        assertThat(results.get(10).code(RFM_SEGMENT)).isEqualTo("LOST");
    }

    /**
     * Most customers were active today or yesterday; one was active 4 days ago with 78 transactions.
     * On quintiles of −days that customer is the least recent of all (R 1) and, with F 4, "at risk";
     * on day bands 4 days is R 5, so with F 4 a champion.
     */
    @Test
    void aCustomerActiveFourDaysAgoWithSeventyEightTransactionsIsAChampionOnDayBandsNotAtRisk() {
        List<CustomerFeatures> population = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            population.add(customer("c" + (char) ('a' + i)).activity(10 * i, 1000L * i, i % 2).build());
        }
        population.add(customer("four").activity(78, 50_000, 4).build());
        // F: 10 … 100 and 78, n = 11, cut ranks 3, 5, 7, 9 → 30, 50, 70, 80: 78 is above three → F 4.
        DimensionResult bands = Classify.population(population).get(10).get(RFM_SEGMENT);
        assertThat(bands.inputs()).containsEntry("R", 5).containsEntry("F", 4).containsEntry("recencyScoring", "bands");
        assertThat(bands.code()).isEqualTo("CHAMPIONS");
        assertThat(bands.reasons().get(0).zh()).startsWith("最近交易 4 天前（R=5，按天数区间：≤ 7 天），365 天内 78 笔（F=4）");
        assertThat(bands.reasons().get(0).en()).startsWith("Last transaction 4 days ago (R=5 on day bands: ≤ 7 days), 78 in 365 days (F=4)");

        // −days: five of 0, five of −1 and −4; cuts at ranks 3, 5, 7, 9 → −1, −1, 0, 0: none is below −4 → R 1.
        DimensionResult quintiles = Classify.population(population, PolicyFixture.v1(Policy.Rfm.RecencyScoring.QUINTILES))
                .get(10).get(RFM_SEGMENT);
        assertThat(quintiles.inputs()).containsEntry("R", 1).containsEntry("F", 4).containsEntry("recencyScoring", "quintiles");
        assertThat(quintiles.code()).isEqualTo("AT_RISK");
        assertThat(quintiles.reasons().get(0).en()).startsWith("Last transaction 4 days ago (R=1 on quintiles), 78 in 365 days (F=4)");
    }

    @Test
    void theDayBandsIncludeTheirUpperEdge() {
        Policy.Rfm rfm = PolicyFixture.v1().rfm();
        int[][] daysAndScore = {{0, 5}, {7, 5}, {8, 4}, {30, 4}, {31, 3}, {90, 3}, {91, 2}, {180, 2}, {181, 1}, {365, 1}};
        for (int[] d : daysAndScore) {
            assertThat(rfm.recencyBandScore(d[0])).as("%d days", d[0]).isEqualTo(d[1]);
        }
        DimensionResult longAgo = Classify.result(customer("1").activity(3, 900, 200), RFM_SEGMENT);
        assertThat(longAgo.reasons().get(0).zh()).contains("（R=1，按天数区间：> 180 天）");
    }
}
