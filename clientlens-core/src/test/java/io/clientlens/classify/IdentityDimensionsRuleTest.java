package io.clientlens.classify;

import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Profile;
import org.junit.jupiter.api.Test;

import static io.clientlens.classify.CustomerFixture.customer;
import static io.clientlens.classify.CustomerFixture.prospect;
import static io.clientlens.code.Dimension.CUSTOMER_TYPE;
import static io.clientlens.code.Dimension.REGION;
import static io.clientlens.code.Dimension.RELATIONSHIP;
import static io.clientlens.code.Dimension.RESIDENCY;
import static org.assertj.core.api.Assertions.assertThat;

class IdentityDimensionsRuleTest {

    @Test
    void recordedResidencyWinsOverNationality() {
        Profile recorded = Profile.builder("1").nationality("US").residency(Profile.Residency.DOMESTIC).build();
        DimensionResult r = Classify.result(customer("1").profile(recorded), RESIDENCY);
        assertThat(r.code()).isEqualTo("DOMESTIC");
        assertThat(r.reasons().get(0).rule()).isEqualTo("recordedResidency");
    }

    @Test
    void nationalityIsComparedWithTheHomeCountriesIgnoringCase() {
        assertThat(Classify.code(customer("1").profile(Profile.builder("1").nationality("cn").build()), RESIDENCY))
                .isEqualTo("DOMESTIC");
        assertThat(Classify.code(customer("1").profile(Profile.builder("1").nationality("SG").build()), RESIDENCY))
                .isEqualTo("INTERNATIONAL");
        assertThat(Classify.code(customer("1"), RESIDENCY)).isEqualTo("UNKNOWN");
    }

    @Test
    void regionIsTheRecordedDistrict() {
        assertThat(Classify.code(customer("1"), REGION)).isEqualTo("北京市");
    }

    @Test
    void anAccountOpenedOnOrBeforeAsOfMakesACustomer() {
        assertThat(Classify.code(customer("1").accounts(1, 0), RELATIONSHIP)).isEqualTo("CUSTOMER");
        DimensionResult prospect = Classify.result(prospect("p"), RELATIONSHIP);
        assertThat(prospect.code()).isEqualTo("PROSPECT");
        assertThat(prospect.reasons().get(0).zh()).contains("未开立任何账户");
    }

    @Test
    void customerTypeIsTheRecordedType() {
        assertThat(Classify.code(customer("1").type(CustomerType.CORPORATE), CUSTOMER_TYPE)).isEqualTo("CORPORATE");
    }

    @Test
    void everyDimensionHasAResultWithReasonsInBothLanguages() {
        Classification c = Classify.alone(customer("1"));
        assertThat(c.dimensions()).hasSize(io.clientlens.code.Dimension.values().length);
        c.dimensions().values().forEach(r -> {
            assertThat(r.reasons()).isNotEmpty();
            r.reasons().forEach(reason -> {
                assertThat(reason.zh()).isNotBlank();
                assertThat(reason.en()).isNotBlank();
                assertThat(reason.rule()).isNotBlank();
            });
        });
        assertThat(c.policyVersion()).isEqualTo("v1");
        assertThat(c.asOf()).isEqualTo(CustomerFixture.AS_OF);
    }
}
