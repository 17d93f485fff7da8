package io.clientlens.classify;

import org.junit.jupiter.api.Test;

import static io.clientlens.classify.CustomerFixture.customer;
import static io.clientlens.code.Dimension.FREQUENCY;
import static io.clientlens.code.Dimension.LOYALTY;
import static org.assertj.core.api.Assertions.assertThat;

class FrequencyAndLoyaltyRuleTest {

    @Test
    void frequencyBandsAtZeroOneThirtyFiveAndThirtySix() {
        assertThat(Classify.code(customer("1").activity(0, 0, null), FREQUENCY)).isEqualTo("ZERO");
        assertThat(Classify.code(customer("1").activity(1, 10, 5), FREQUENCY)).isEqualTo("LOW");
        assertThat(Classify.code(customer("1").activity(35, 10, 5), FREQUENCY)).isEqualTo("LOW");
        assertThat(Classify.code(customer("1").activity(36, 10, 5), FREQUENCY)).isEqualTo("HIGH");
    }

    @Test
    void churnedAfterOneHundredEightyDaysWithoutActivity() {
        assertThat(Classify.code(customer("1").tenureDays(180).lastActivityDaysAgo(180), LOYALTY)).isEqualTo("CHURNED");
        assertThat(Classify.code(customer("1").tenureDays(180).lastActivityDaysAgo(179), LOYALTY)).isEqualTo("GENERAL");
    }

    @Test
    void aNewCustomerWithoutActivityIsNotYetChurned() {
        assertThat(Classify.code(customer("1").tenureDays(179).activity(0, 0, null), LOYALTY)).isEqualTo("GENERAL");
        assertThat(Classify.code(customer("1").tenureDays(180).activity(0, 0, null), LOYALTY)).isEqualTo("CHURNED");
    }

    @Test
    void everyAccountClosedIsChurned() {
        DimensionResult r = Classify.result(customer("1").accounts(2, 0).lastActivityDaysAgo(1), LOYALTY);
        assertThat(r.code()).isEqualTo("CHURNED");
        assertThat(r.reasons().get(0).rule()).isEqualTo("allAccountsClosed");
    }

    @Test
    void loyalNeedsAYearOfTenureRecentActivityAndHighFrequencyOrTwoProductTypes() {
        CustomerFixture loyal = customer("1").tenureDays(365).activity(36, 1000, 89).products("DEPOSIT");
        assertThat(Classify.code(loyal, LOYALTY)).isEqualTo("LOYAL");
        assertThat(Classify.code(customer("1").tenureDays(364).activity(36, 1000, 89), LOYALTY)).isEqualTo("GENERAL");
        assertThat(Classify.code(customer("1").tenureDays(365).activity(36, 1000, 90), LOYALTY)).isEqualTo("GENERAL");
        assertThat(Classify.code(customer("1").tenureDays(365).activity(35, 1000, 1).products("DEPOSIT"), LOYALTY))
                .isEqualTo("GENERAL");
        assertThat(Classify.code(customer("1").tenureDays(365).activity(35, 1000, 1).products("DEPOSIT", "CARD"), LOYALTY))
                .isEqualTo("LOYAL");
    }

    @Test
    void generalSaysWhichLoyalConditionIsMissing() {
        DimensionResult r = Classify.result(customer("1").tenureDays(400).activity(5, 100, 100), LOYALTY);
        assertThat(r.reasons().get(0).en()).contains("no activity in the last 90 days");
    }
}
