package io.clientlens.aml;

import io.clientlens.code.Label;
import io.clientlens.customer.Corporate;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Profile;
import io.clientlens.policy.AmlPolicy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DueDiligenceTest {
    private static final AmlPolicy.DueDiligence POLICY = AmlPolicy.DueDiligence.DEFAULTS;
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);
    private static final LocalDate SINCE = LocalDate.of(2020, 3, 15);

    private static Profile complete() {
        return Profile.builder("C1").type(CustomerType.INDIVIDUAL).accountPurpose("工资结算").sourceOfFunds("工资")
                .sourceOfWealth("工资积累").build();
    }

    @Test
    void theReviewPeriodFollowsTheRatingFromTheLastReviewOrTheStartOfTheRelationship() {
        assertThat(DueDiligence.of("LOW", null, CustomerType.INDIVIDUAL, null, SINCE, AS_OF, POLICY).nextReviewOn())
                .isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(DueDiligence.of("MEDIUM", null, CustomerType.INDIVIDUAL, LocalDate.of(2026, 1, 31), SINCE, AS_OF, POLICY)
                .nextReviewOn()).isEqualTo(LocalDate.of(2027, 1, 31));
        DueDiligence.Status high = DueDiligence.of("HIGH", complete(), CustomerType.INDIVIDUAL, LocalDate.of(2026, 5, 1), SINCE,
                AS_OF, POLICY);
        assertThat(high.level()).isEqualTo(DueDiligence.Level.ENHANCED);
        assertThat(high.nextReviewOn()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(high.eddPending()).isFalse();
        DueDiligence.Status prohibited = DueDiligence.of("PROHIBITED", complete(), CustomerType.INDIVIDUAL, null, SINCE, AS_OF, POLICY);
        assertThat(prohibited.nextReviewOn()).isNull();
        assertThat(prohibited.prohibited()).isTrue();
        assertThat(DueDiligence.of(null, null, CustomerType.INDIVIDUAL, null, SINCE, AS_OF, POLICY).level()).isNull();
    }

    @Test
    void enhancedDueDiligenceIsPendingWhileAFactIsMissingOrNoRecentReviewIsOnRecord() {
        DueDiligence.Status noFacts = DueDiligence.of("HIGH", Profile.builder("C1").build(), CustomerType.INDIVIDUAL,
                LocalDate.of(2026, 9, 1), SINCE, AS_OF, POLICY);
        assertThat(noFacts.eddPending()).isTrue();
        assertThat(noFacts.missingFacts()).extracting(Label::en)
                .containsExactly("purpose of the account", "source of funds", "source of wealth");

        assertThat(DueDiligence.of("HIGH", complete(), CustomerType.INDIVIDUAL, null, SINCE, AS_OF, POLICY).eddPending())
                .as("never reviewed").isTrue();
        assertThat(DueDiligence.of("HIGH", complete(), CustomerType.INDIVIDUAL, LocalDate.of(2026, 3, 29), SINCE, AS_OF, POLICY)
                .eddPending()).as("reviewed more than six months ago").isTrue();
        assertThat(DueDiligence.of("HIGH", complete(), CustomerType.INDIVIDUAL, LocalDate.of(2026, 3, 30), SINCE, AS_OF, POLICY)
                .eddPending()).as("reviewed six months ago to the day").isFalse();
        assertThat(DueDiligence.of("MEDIUM", Profile.builder("C1").build(), CustomerType.INDIVIDUAL, null, SINCE, AS_OF, POLICY)
                .eddPending()).as("standard due diligence does not hold sales").isFalse();
    }

    @Test
    void aCompanyNeedsItsBeneficialOwnersEachVerified() {
        Profile.Builder company = complete().toBuilder().type(CustomerType.CORPORATE);
        assertThat(DueDiligence.missingForEnhanced(company.build(), CustomerType.CORPORATE)).extracting(Label::en)
                .containsExactly("beneficial owners");
        Profile unverified = company.corporate(new Corporate("91110000X", "王五", BigDecimal.ONE, "SMALL", List.of(
                new Corporate.BeneficialOwner("王五", null, new BigDecimal("0.6"), true),
                new Corporate.BeneficialOwner("赵六", null, new BigDecimal("0.4"), null)))).build();
        assertThat(DueDiligence.missingForEnhanced(unverified, CustomerType.CORPORATE)).extracting(Label::en)
                .containsExactly("verification of the beneficial owners");
    }
}
