package io.clientlens.classify;

import io.clientlens.customer.Profile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.clientlens.classify.CustomerFixture.customer;
import static io.clientlens.classify.CustomerFixture.prospect;
import static io.clientlens.code.Dimension.CONTRIBUTION_CLASS;
import static io.clientlens.code.Dimension.SERVICE_CLASS;
import static io.clientlens.code.Dimension.VALUE_CLASS;
import static org.assertj.core.api.Assertions.assertThat;

class ContributionAndValueRuleTest {

    @Test
    void estimateIsOnePointFivePercentOfAumPlusTwoPointFiveOfLoansPlusFees() {
        CustomerFeatures f = customer("1").aum(100_000).loanOutstanding(40_000).fees(30).build();
        ContributionEstimate e = ContributionEstimate.of(f, PolicyFixture.v1());
        assertThat(e.amount()).isEqualByComparingTo("2530.00"); // 1500 + 1000 + 30
        assertThat(e.imported()).isFalse();
    }

    @Test
    void importedFigureWinsOverTheEstimate() {
        CustomerFeatures f = customer("1").aum(100_000).importedContribution(-50).build();
        assertThat(ContributionEstimate.of(f, PolicyFixture.v1()).amount()).isEqualByComparingTo("-50");
    }

    @Test
    void paretoCutsAtEightyAndNinetyFivePercentWithTiesByCustomerId() {
        // contributions 50, 30, 15, 5 (total 100): A reaches 80 with the first two, B reaches 95 with the third.
        var result = Classify.population(List.of(
                customer("d").importedContribution(5).build(),
                customer("a").importedContribution(50).build(),
                customer("c").importedContribution(15).build(),
                customer("b").importedContribution(30).build(),
                customer("e").importedContribution(0).build()));
        assertThat(result).extracting(c -> c.customerId() + "=" + c.code(CONTRIBUTION_CLASS))
                .containsExactly("d=C", "a=A", "c=B", "b=A", "e=C");
    }

    @Test
    void tiedContributionsAreSplitByCustomerIdOrder() {
        // 60, 20, 20: 80 % is reached with the second customer; of the two tied at 20 the smaller id is in A.
        var result = Classify.population(List.of(
                customer("x3").importedContribution(20).build(),
                customer("x2").importedContribution(20).build(),
                customer("x1").importedContribution(60).build()));
        assertThat(result).extracting(c -> c.code(CONTRIBUTION_CLASS)).containsExactly("B", "A", "A");
    }

    @Test
    void coreIsContributionAAndLoyal() {
        var loyalTop = customer("1").importedContribution(100).tenureDays(400).activity(40, 1000, 1);
        assertThat(Classify.code(loyalTop, VALUE_CLASS)).isEqualTo("CORE");
        assertThat(Classify.code(loyalTop, SERVICE_CLASS)).isEqualTo("A");
    }

    @Test
    void topContributorWhoIsNotLoyalIsPotential() {
        var notLoyal = customer("1").importedContribution(100).tenureDays(400).activity(3, 1000, 1);
        assertThat(Classify.code(notLoyal, VALUE_CLASS)).isEqualTo("POTENTIAL");
        assertThat(Classify.code(notLoyal, SERVICE_CLASS)).isEqualTo("C");
    }

    @Test
    void assetsElsewhereMakeACustomerPotentialOnlyAboveTheAffluentBound() {
        Profile elsewhere = Profile.builder("1").financialAssetsElsewhere(BigDecimal.valueOf(400_000)).build();
        var zero = customer("1").importedContribution(0).aum(100_000).profile(elsewhere);
        assertThat(Classify.code(zero, VALUE_CLASS)).isEqualTo("POTENTIAL"); // 400k ≥ 100k, total 500k
        Profile lessElsewhere = Profile.builder("1").financialAssetsElsewhere(new BigDecimal("399999.99")).build();
        assertThat(Classify.code(customer("1").importedContribution(0).aum(100_000).profile(lessElsewhere), VALUE_CLASS))
                .isEqualTo("GENERAL");
        assertThat(Classify.code(customer("1").importedContribution(0).aum(100_000), SERVICE_CLASS)).isEqualTo("B");
    }

    @Test
    void privateTierIsAlwaysServiceClassA() {
        assertThat(Classify.code(customer("1").aum(6_000_000).activity(0, 0, null), SERVICE_CLASS)).isEqualTo("A");
    }

    @Test
    void prospectIsServiceClassCAndHasNoValueClass() {
        assertThat(Classify.code(prospect("p"), VALUE_CLASS)).isEqualTo("UNKNOWN");
        assertThat(Classify.code(prospect("p"), SERVICE_CLASS)).isEqualTo("C");
    }
}
