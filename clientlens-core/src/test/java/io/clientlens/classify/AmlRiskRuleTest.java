package io.clientlens.classify;

import io.clientlens.aml.AmlActivity;
import io.clientlens.aml.ComplianceFlags;
import io.clientlens.code.Dimension;
import io.clientlens.customer.Identity;
import io.clientlens.customer.Onboarding;
import io.clientlens.customer.Pep;
import io.clientlens.customer.Profile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** amlRisk as a dimension: every factor with its points, the sum, and the overrides, each a reason. */
class AmlRiskRuleTest {

    @Test
    void statesEveryFactorThenThePointsThenEachOverride() {
        Profile pep = Profile.builder("C1").identity(new Identity(true, Identity.Method.ONLINE_CHECK)).pep(Pep.DOMESTIC)
                .onboarding(Onboarding.NON_FACE_TO_FACE).build();
        DimensionResult r = Classify.result(CustomerFixture.customer("C1").profile(pep), Dimension.AML_RISK);

        assertThat(r.code()).isEqualTo("HIGH");
        assertThat(r.label().zh()).isEqualTo("高风险");
        assertThat(r.reasons()).extracting(Reason::rule).containsExactly(
                "aml.pepDomestic", "aml.nonFaceToFace", "aml.points.MEDIUM", "aml.override.politicallyExposed");
        assertThat(r.reasons().get(2).zh()).isEqualTo("合计 40 分（< 30 低风险，30–59 中风险，≥ 60 高风险）→ 中风险");
        assertThat(r.reasons().get(3).en()).isEqualTo("Politically exposed person → at least High");
        assertThat(r.inputs()).containsEntry("points", 40)
                .containsEntry("factors", List.of("pepDomestic", "nonFaceToFace"))
                .containsEntry("overrides", List.of("politicallyExposed"));
    }

    @Test
    void privateBankingCountsFromTheAumTierAndCashAndCrossBorderFromTheFeatures() {
        Profile verified = Profile.builder("C2").identity(new Identity(true, Identity.Method.ONLINE_CHECK))
                .onboarding(Onboarding.FACE_TO_FACE).build();
        CustomerFixture customer = CustomerFixture.customer("C2").profile(verified).aum(6_000_000)
                .activity(20, 100_000, 3)
                .aml(new AmlActivity(BigDecimal.valueOf(60_000), BigDecimal.ZERO, 2, ComplianceFlags.Flags.NONE));

        DimensionResult r = Classify.result(customer, Dimension.AML_RISK);

        assertThat(r.reasons()).extracting(Reason::rule).containsExactly(
                "aml.crossBorder", "aml.privateBanking", "aml.cashIntensive", "aml.points.MEDIUM");
        assertThat(r.code()).isEqualTo("MEDIUM"); // 15 + 10 + 20
        assertThat(Classify.alone(customer).features()).containsEntry("cashAmount365", BigDecimal.valueOf(60_000))
                .containsEntry("crossBorderCount365", 2);
    }

    @Test
    void aProspectIsRatedToo() {
        DimensionResult r = Classify.result(CustomerFixture.prospect("P1"), Dimension.AML_RISK);

        assertThat(r.code()).isEqualTo("LOW");
        assertThat(r.reasons()).extracting(Reason::rule).containsExactly("aml.identityNotRecorded", "aml.points.LOW");
    }
}
