package io.clientlens.classify;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.clientlens.classify.CustomerFixture.customer;
import static io.clientlens.classify.CustomerFixture.prospect;
import static io.clientlens.code.Dimension.AUM_TIER;
import static io.clientlens.code.Dimension.HIGH_END_TARGET;
import static org.assertj.core.api.Assertions.assertThat;

class AumTierRuleTest {

    @Test
    void aumJustBelowFiveHundredThousandIsMass() {
        assertThat(Classify.code(customer("1").aum(new BigDecimal("499999.99")), AUM_TIER)).isEqualTo("MASS");
    }

    @Test
    void aumOfExactlyFiveHundredThousandIsAffluent() {
        assertThat(Classify.code(customer("1").aum(500_000), AUM_TIER)).isEqualTo("AFFLUENT");
    }

    @Test
    void aumJustBelowSixMillionIsAffluentAndSixMillionIsPrivate() {
        assertThat(Classify.code(customer("1").aum(new BigDecimal("5999999.99")), AUM_TIER)).isEqualTo("AFFLUENT");
        assertThat(Classify.code(customer("1").aum(6_000_000), AUM_TIER)).isEqualTo("PRIVATE");
    }

    @Test
    void explainsWithAmountsInBothLanguages() {
        DimensionResult r = Classify.result(customer("1").aum(612_000), AUM_TIER);
        assertThat(r.reasons().get(0).zh()).contains("612,000 元").contains("贵宾客户");
        assertThat(r.reasons().get(0).en()).contains("612,000 CNY").contains("Affluent");
        assertThat(r.inputs()).containsEntry("aum", BigDecimal.valueOf(612_000));
        assertThat(r.label().zh()).isEqualTo("贵宾客户");
    }

    @Test
    void prospectHasNoTierButSaysWhy() {
        DimensionResult r = Classify.result(prospect("P"), AUM_TIER);
        assertThat(r.isUnknown()).isTrue();
        assertThat(r.reasons().get(0).en()).contains("Prospect");
    }

    @Test
    void highEndTargetFollowsKycNetAssetsAtFiveMillion() {
        var rich = io.clientlens.customer.Profile.builder("1")
                .assets(new io.clientlens.customer.Assets(null, null, null, null, null, null, null, null,
                        BigDecimal.valueOf(5_500_000), null, null))
                .liabilities(java.util.List.of(new io.clientlens.customer.Liability(
                        io.clientlens.customer.Liability.Kind.MORTGAGE, BigDecimal.valueOf(500_000), BigDecimal.ONE)))
                .build();
        assertThat(Classify.code(customer("1").profile(rich), HIGH_END_TARGET)).isEqualTo("YES");
        var lessRich = rich.toBuilder().liabilities(java.util.List.of(new io.clientlens.customer.Liability(
                io.clientlens.customer.Liability.Kind.MORTGAGE, new BigDecimal("500000.01"), BigDecimal.ONE))).build();
        assertThat(Classify.code(customer("1").profile(lessRich), HIGH_END_TARGET)).isEqualTo("NO");
        assertThat(Classify.code(customer("1"), HIGH_END_TARGET)).isEqualTo("UNKNOWN");
    }

    @Test
    void highEndTargetIsForIndividualsOnlyAndACompanySaysSo() {
        var rich = io.clientlens.customer.Profile.builder("1").type(io.clientlens.customer.CustomerType.CORPORATE)
                .assets(new io.clientlens.customer.Assets(null, null, null, null, null, null, null, null,
                        BigDecimal.valueOf(50_000_000), null, null))
                .build();
        DimensionResult company = Classify.result(customer("1").type(io.clientlens.customer.CustomerType.CORPORATE)
                .profile(rich), HIGH_END_TARGET);
        assertThat(company.code()).isEqualTo("UNKNOWN");
        assertThat(company.reasons().get(0)).isEqualTo(new Reason("corporate", "企业客户：中高端客户营销目标只适用于个人客户",
                "Corporate customer: the high-end marketing target applies to individuals only"));
        assertThat(Classify.code(customer("1").profile(rich.toBuilder().type(io.clientlens.customer.CustomerType.INDIVIDUAL)
                .build()), HIGH_END_TARGET)).isEqualTo("YES");
    }
}
