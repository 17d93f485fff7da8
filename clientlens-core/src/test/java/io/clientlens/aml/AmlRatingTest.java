package io.clientlens.aml;

import io.clientlens.customer.Corporate;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Identity;
import io.clientlens.customer.Income;
import io.clientlens.customer.Onboarding;
import io.clientlens.customer.Pep;
import io.clientlens.customer.Profile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The AML rating's factors, points, levels and overrides, worked out by hand from the defaults of docs/AML.md. */
class AmlRatingTest {
    private static final Identity VERIFIED = new Identity(true, Identity.Method.ONLINE_CHECK);

    /** A verified individual met face to face, 40 years old, no PEP, nothing in cash or abroad: no factor applies. */
    private static Profile.Builder clean() {
        return Profile.builder("C1").type(CustomerType.INDIVIDUAL).nationality("CN").region("北京市")
                .identity(VERIFIED).pep(Pep.NONE).onboarding(Onboarding.FACE_TO_FACE).industry("IT")
                .income(new Income(bd(200_000), null, null, null));
    }

    private static AmlAssessment rate(Profile profile) {
        return rate(profile, CustomerType.INDIVIDUAL, false, bd(100_000), AmlActivity.NONE);
    }

    private static AmlAssessment rate(Profile profile, CustomerType type, boolean privateBanking, BigDecimal activityAmount,
                                      AmlActivity activity) {
        return AmlRating.assess(new RatingInput(type, profile, 40, privateBanking, activityAmount, activity, 365),
                io.clientlens.classify.PolicyFixture.v1());
    }

    private static AmlActivity activity(long cash, long credits, int crossBorder) {
        return new AmlActivity(bd(cash), bd(credits), crossBorder, ComplianceFlags.Flags.NONE);
    }

    @Test
    void aVerifiedCustomerMetFaceToFaceWithNothingUnusualIsLowWithNoPoints() {
        AmlAssessment a = rate(clean().build());

        assertThat(a.level()).isEqualTo(AmlRisk.LOW);
        assertThat(a.points()).isZero();
        assertThat(a.factors()).isEmpty();
        assertThat(a.overrides()).isEmpty();
    }

    @Test
    void identityNotOnFileAndNonFaceToFaceAddTheirPointsAndSayHowMany() {
        AmlAssessment a = rate(clean().identity(null).onboarding(Onboarding.NON_FACE_TO_FACE).build());

        assertThat(a.factors()).extracting(RatingFactor::code).containsExactly("identityNotRecorded", "nonFaceToFace");
        assertThat(a.points()).isEqualTo(30);
        assertThat(a.level()).isEqualTo(AmlRisk.MEDIUM); // 30 is the first MEDIUM score
        assertThat(a.factors().get(0).zh()).isEqualTo("未记录身份核实结果（+15 分）");
        assertThat(a.factors().get(1).en()).isEqualTo("Relationship opened without meeting the customer (+15 points)");
    }

    @Test
    void twentyNinePointsAreLowAndSixtyHigh() {
        AmlAssessment low = rate(clean().onboarding(Onboarding.NON_FACE_TO_FACE).build(), CustomerType.INDIVIDUAL, true,
                bd(100_000), AmlActivity.NONE); // 15 + 10
        AmlAssessment high = rate(clean().nationality("KP").onboarding(Onboarding.NON_FACE_TO_FACE).build(),
                CustomerType.INDIVIDUAL, false, bd(100_000), activity(0, 0, 1)); // 40 + 10 + 15 + 15 = 80

        assertThat(low.points()).isEqualTo(25);
        assertThat(low.level()).isEqualTo(AmlRisk.LOW);
        assertThat(high.factors()).extracting(RatingFactor::code)
                .containsExactly("highRiskNationality", "nonResident", "nonFaceToFace", "crossBorder");
        assertThat(high.points()).isEqualTo(80);
        assertThat(high.level()).isEqualTo(AmlRisk.HIGH);
    }

    @Test
    void aCompanyWithoutBeneficialOwnersCollectsThePointsOfItsGaps() {
        Profile company = Profile.builder("E1").type(CustomerType.CORPORATE).identity(VERIFIED)
                .onboarding(Onboarding.NON_FACE_TO_FACE)
                .corporate(new Corporate("91330106MA27XXXX0X", "甲", bd(1_000_000), "MICRO", List.of(), "艺术品拍卖")).build();

        AmlAssessment a = rate(company, CustomerType.CORPORATE, false, bd(0), AmlActivity.NONE);

        assertThat(a.factors()).extracting(RatingFactor::code)
                .containsExactly("beneficialOwnersMissing", "nonFaceToFace", "highRiskIndustry");
        assertThat(a.points()).isEqualTo(30 + 15 + 25);
        assertThat(a.level()).isEqualTo(AmlRisk.HIGH);
        assertThat(a.factors().get(2).zh()).contains("艺术品拍卖").contains("拍卖").contains("+25");
    }

    @Test
    void anOwnerWhoseVerificationIsNotRecordedAddsPointsButOneWhoCouldNotBeVerifiedProhibits() {
        Corporate owners = new Corporate(null, null, bd(1_000_000), null, List.of(
                new Corporate.BeneficialOwner("甲", null, new BigDecimal("0.6"), true),
                new Corporate.BeneficialOwner("乙", null, new BigDecimal("0.4"))));
        Profile recorded = Profile.builder("E1").type(CustomerType.CORPORATE).identity(VERIFIED)
                .onboarding(Onboarding.FACE_TO_FACE).corporate(owners).build();
        Profile unverifiable = recorded.toBuilder().corporate(new Corporate(null, null, bd(1_000_000), null, List.of(
                new Corporate.BeneficialOwner("甲", null, new BigDecimal("0.6"), true),
                new Corporate.BeneficialOwner("乙", null, new BigDecimal("0.4"), false)))).build();

        AmlAssessment a = rate(recorded, CustomerType.CORPORATE, false, bd(0), AmlActivity.NONE);
        AmlAssessment b = rate(unverifiable, CustomerType.CORPORATE, false, bd(0), AmlActivity.NONE);

        assertThat(a.factors()).extracting(RatingFactor::code).containsExactly("beneficialOwnerNotVerified");
        assertThat(a.level()).isEqualTo(AmlRisk.LOW);
        assertThat(b.level()).isEqualTo(AmlRisk.PROHIBITED);
        assertThat(b.byPoints()).isEqualTo(AmlRisk.LOW);
        assertThat(b.overrides()).singleElement().satisfies(o -> {
            assertThat(o.code()).isEqualTo("beneficialOwnerUnverifiable");
            assertThat(o.zh()).isEqualTo("受益所有人身份无法核实（乙）→ 不予接受");
        });
    }

    @Test
    void anIdentityThatCouldNotBeVerifiedProhibitsWhateverThePoints() {
        AmlAssessment a = rate(clean().identity(new Identity(false, Identity.Method.DOCUMENT)).build());

        assertThat(a.points()).isZero();
        assertThat(a.level()).isEqualTo(AmlRisk.PROHIBITED);
        assertThat(a.overrides()).extracting(RatingOverride::en)
                .containsExactly("The customer's identity could not be verified → Prohibited");
    }

    @Test
    void aPepIsAtLeastHighEvenWhenThePointsSayMedium() {
        AmlAssessment a = rate(clean().pep(Pep.FOREIGN).build());

        assertThat(a.factors()).extracting(RatingFactor::code).containsExactly("pepForeign");
        assertThat(a.points()).isEqualTo(40);
        assertThat(a.byPoints()).isEqualTo(AmlRisk.MEDIUM);
        assertThat(a.level()).isEqualTo(AmlRisk.HIGH);
        assertThat(a.overrides()).extracting(RatingOverride::zh).containsExactly("政治公众人物 → 至少高风险");
    }

    @Test
    void anOpenReportRaisesToHighAndAConfirmedHitProhibits() {
        AmlAssessment report = rate(clean().build(), CustomerType.INDIVIDUAL, false, bd(0),
                new AmlActivity(bd(0), bd(0), 0, new ComplianceFlags.Flags(true, false)));
        AmlAssessment hit = rate(clean().build(), CustomerType.INDIVIDUAL, false, bd(0),
                new AmlActivity(bd(0), bd(0), 0, new ComplianceFlags.Flags(true, true)));

        assertThat(report.level()).isEqualTo(AmlRisk.HIGH);
        assertThat(report.overrides()).extracting(RatingOverride::code).containsExactly("openSuspiciousReport");
        assertThat(hit.level()).isEqualTo(AmlRisk.PROHIBITED);
        assertThat(hit.overrides()).extracting(RatingOverride::code).containsExactly("confirmedWatchListHit", "openSuspiciousReport");
    }

    @Test
    void cashIntensiveNeedsBothTheShareAndTheAmount() {
        AmlAssessment half = rate(clean().build(), CustomerType.INDIVIDUAL, false, bd(100_000), activity(50_000, 0, 0));
        AmlAssessment lessThanHalf = rate(clean().build(), CustomerType.INDIVIDUAL, false, bd(100_001), activity(50_000, 0, 0));
        AmlAssessment small = rate(clean().build(), CustomerType.INDIVIDUAL, false, bd(50_000), activity(49_999, 0, 0));

        assertThat(half.factors()).extracting(RatingFactor::code).containsExactly("cashIntensive");
        assertThat(half.factors().get(0).zh()).isEqualTo("近 365 天现金交易 50,000 元，占主动交易金额 50%（≥ 50%）（+20 分）");
        assertThat(lessThanHalf.factors()).isEmpty();
        assertThat(small.factors()).isEmpty();
    }

    @Test
    void creditsAboveThreeTimesTheIncomeAreInconsistentButNotExactlyThreeTimes() {
        AmlAssessment above = rate(clean().build(), CustomerType.INDIVIDUAL, false, bd(700_000), activity(0, 600_001, 0));
        AmlAssessment equal = rate(clean().build(), CustomerType.INDIVIDUAL, false, bd(700_000), activity(0, 600_000, 0));

        assertThat(above.factors()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("activityInconsistent");
            assertThat(f.zh()).isEqualTo("近 365 天入账 600,001 元 > 3 × 申报年收入 200,000 元（+20 分）");
        });
        assertThat(equal.factors()).isEmpty();
    }

    @Test
    void anOldCustomerReceivingHalfAMillionIsInconsistentWithoutAnyIncomeOnFile() {
        Profile old = clean().income(null).build();
        AmlAssessment a = AmlRating.assess(new RatingInput(CustomerType.INDIVIDUAL, old, 75, false, bd(500_000),
                activity(0, 500_000, 0), 365), io.clientlens.classify.PolicyFixture.v1());
        AmlAssessment younger = AmlRating.assess(new RatingInput(CustomerType.INDIVIDUAL, old, 74, false, bd(500_000),
                activity(0, 500_000, 0), 365), io.clientlens.classify.PolicyFixture.v1());

        assertThat(a.factors()).extracting(RatingFactor::en).containsExactly(
                "Aged 75 (under 18 or 75 and over), credits of 500,000 CNY in 365 days ≥ 500,000 CNY (+20 points)");
        assertThat(younger.factors()).isEmpty();
    }

    @Test
    void aForeignNationalWithoutRecordedResidencyIsAnInternationalCustomer() {
        AmlAssessment foreign = rate(clean().nationality("US").build());
        AmlAssessment recordedDomestic = rate(clean().nationality("US").residency(Profile.Residency.DOMESTIC).build());

        assertThat(foreign.factors()).extracting(RatingFactor::code).containsExactly("nonResident");
        assertThat(recordedDomestic.factors()).isEmpty();
    }

    @Test
    void aFactorWithZeroPointsIsTurnedOff() {
        var policy = AmlPolicyFixture.v1();
        var points = new java.util.HashMap<>(policy.rating().points());
        points.put("nonFaceToFace", 0);
        var r = policy.rating();
        var off = new io.clientlens.policy.AmlPolicy(new io.clientlens.policy.AmlPolicy.Rating(r.mediumFrom(), r.highFrom(),
                points, r.highRiskJurisdictions(), r.highRiskIndustries(), r.cashShare(), r.cashMinAmount(),
                r.crossBorderMinCount()), policy.monitoring());

        AmlAssessment a = AmlRating.assess(new RatingInput(CustomerType.INDIVIDUAL,
                clean().onboarding(Onboarding.NON_FACE_TO_FACE).build(), 40, false, bd(0), AmlActivity.NONE, 365),
                io.clientlens.classify.PolicyFixture.v1().withAml(off));

        assertThat(a.factors()).isEmpty();
    }

    private static BigDecimal bd(long value) {
        return BigDecimal.valueOf(value);
    }
}
