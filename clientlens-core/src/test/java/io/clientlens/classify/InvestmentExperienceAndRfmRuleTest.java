package io.clientlens.classify;

import io.clientlens.customer.InvestmentHistory;
import io.clientlens.customer.Profile;
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
        assertThat(none.reasons().get(0).en()).contains("no investment history in the KYC profile");
    }

    @Test
    void noActivityInTheWindowIsLost() {
        assertThat(Classify.code(customer("1").activity(0, 0, 400), RFM_SEGMENT)).isEqualTo("LOST");
    }

    @Test
    void rfmScoresUseNearestRankQuintilesOverActiveCustomers() {
        // ten active customers: recency 1..10 days, frequency 10..1, so the most recent is the most frequent.
        List<CustomerFeatures> population = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            population.add(customer("c" + (char) ('a' + i)).activity(11 - i, 100L * i, i).build());
        }
        population.add(customer("z").activity(0, 0, null).build());
        var results = Classify.population(population);
        // n = 10: cut ranks 2, 4, 6, 8. Recency −1 is above all four cuts (−9, −7, −5, −3) → R 5; F 10 → 5.
        DimensionResult best = results.get(0).get(RFM_SEGMENT);
        assertThat(best.inputs()).containsEntry("R", 5).containsEntry("F", 5).containsEntry("M", 1);
        assertThat(best.code()).isEqualTo("CHAMPIONS");
        DimensionResult worst = results.get(9).get(RFM_SEGMENT);
        assertThat(worst.inputs()).containsEntry("R", 1).containsEntry("F", 1).containsEntry("M", 5);
        assertThat(worst.code()).isEqualTo("HIBERNATING");
        assertThat(results.get(10).code(RFM_SEGMENT)).isEqualTo("LOST");
    }
}
