package io.clientlens.classify;

import io.clientlens.customer.CustomerType;
import io.clientlens.customer.FamilyMember;
import io.clientlens.customer.MaritalStatus;
import io.clientlens.customer.Profile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.clientlens.classify.CustomerFixture.AS_OF;
import static io.clientlens.classify.CustomerFixture.customer;
import static io.clientlens.code.Dimension.LIFE_STAGE;
import static org.assertj.core.api.Assertions.assertThat;

class LifeStageRuleTest {

    private static FamilyMember child(LocalDate birthDate, Boolean independent) {
        return new FamilyMember(FamilyMember.Relation.CHILD, null, birthDate, null, independent, null, null, null);
    }

    private static Profile family(MaritalStatus status, Boolean retired, FamilyMember... members) {
        return Profile.builder("1").maritalStatus(status).retired(retired).family(List.of(members)).build();
    }

    @Test
    void withoutFamilyDataAgeBandsAreTwentyFiveThirtyFiftyAndSixty() {
        assertThat(Classify.code(customer("1").ageAtAsOf(24), LIFE_STAGE)).isEqualTo("SINGLE");
        assertThat(Classify.code(customer("1").ageAtAsOf(25), LIFE_STAGE)).isEqualTo("FORMATION");
        assertThat(Classify.code(customer("1").ageAtAsOf(29), LIFE_STAGE)).isEqualTo("FORMATION");
        assertThat(Classify.code(customer("1").ageAtAsOf(30), LIFE_STAGE)).isEqualTo("GROWTH");
        assertThat(Classify.code(customer("1").ageAtAsOf(49), LIFE_STAGE)).isEqualTo("GROWTH");
        assertThat(Classify.code(customer("1").ageAtAsOf(50), LIFE_STAGE)).isEqualTo("MATURITY");
        assertThat(Classify.code(customer("1").ageAtAsOf(59), LIFE_STAGE)).isEqualTo("MATURITY");
        assertThat(Classify.code(customer("1").ageAtAsOf(60), LIFE_STAGE)).isEqualTo("RETIREMENT");
    }

    @Test
    void ageIsInCompletedYearsAtTheAsOfDate() {
        // one day short of the 25th birthday is still 24
        assertThat(Classify.code(customer("1").birthDate(AS_OF.minusYears(25).plusDays(1)), LIFE_STAGE)).isEqualTo("SINGLE");
    }

    @Test
    void ageOnlyResultSaysSo() {
        DimensionResult r = Classify.result(customer("1").ageAtAsOf(40), LIFE_STAGE);
        assertThat(r.reasons().get(0).en()).contains("No family data").contains("age 40");
        assertThat(r.reasons().get(0).zh()).contains("仅按年龄");
    }

    @Test
    void noBirthDateAndNoFamilyIsUnknown() {
        assertThat(Classify.code(customer("1").birthDate(null), LIFE_STAGE)).isEqualTo("UNKNOWN");
    }

    @Test
    void retiredComesFirstEvenWithDependentChildren() {
        var p = family(MaritalStatus.MARRIED, true, child(AS_OF.minusYears(10), null));
        assertThat(Classify.code(customer("1").ageAtAsOf(55).profile(p), LIFE_STAGE)).isEqualTo("RETIREMENT");
        var notRetired = family(MaritalStatus.MARRIED, false);
        assertThat(Classify.code(customer("1").ageAtAsOf(60).profile(notRetired), LIFE_STAGE)).isEqualTo("RETIREMENT");
    }

    @Test
    void childrenAllTwentyTwoOrMarkedIndependentMeansMaturity() {
        var grown = family(MaritalStatus.MARRIED, false, child(AS_OF.minusYears(22), null), child(AS_OF.minusYears(19), true));
        assertThat(Classify.code(customer("1").ageAtAsOf(50).profile(grown), LIFE_STAGE)).isEqualTo("MATURITY");
        var oneDependent = family(MaritalStatus.MARRIED, false, child(AS_OF.minusYears(22).plusDays(1), null));
        assertThat(Classify.code(customer("1").ageAtAsOf(50).profile(oneDependent), LIFE_STAGE)).isEqualTo("GROWTH");
    }

    @Test
    void marriedWithoutChildrenIsFormationAndSingleOtherwise() {
        assertThat(Classify.code(customer("1").ageAtAsOf(45).profile(family(MaritalStatus.MARRIED, false)), LIFE_STAGE))
                .isEqualTo("FORMATION");
        assertThat(Classify.code(customer("1").ageAtAsOf(45).profile(family(MaritalStatus.PARTNERED, false)), LIFE_STAGE))
                .isEqualTo("FORMATION");
        assertThat(Classify.code(customer("1").ageAtAsOf(45).profile(family(MaritalStatus.DIVORCED, false)), LIFE_STAGE))
                .isEqualTo("SINGLE");
    }

    @Test
    void corporateCustomersHaveNoLifeStage() {
        DimensionResult r = Classify.result(customer("1").type(CustomerType.CORPORATE), LIFE_STAGE);
        assertThat(r.code()).isEqualTo("UNKNOWN");
        assertThat(r.reasons().get(0)).isEqualTo(new Reason("corporate", "企业客户不适用家庭财务分析",
                "Family financial analysis does not apply to corporate customers"));
    }
}
