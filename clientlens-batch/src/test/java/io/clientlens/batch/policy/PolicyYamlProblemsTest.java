package io.clientlens.batch.policy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.clientlens.batch.policy.PolicyTexts.shippedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every mistake in a policy file is reported with its key path, all at once. */
class PolicyYamlProblemsTest {

    @Test
    void reportsAnOverlappingBand() {
        assertThat(problems(shippedWith("{code: AFFLUENT, min: 500000", "{code: AFFLUENT, min: 400000")))
                .containsExactly("aumTier.bands[1].min: 400000 overlaps the band before, which ends at 500000");
    }

    @Test
    void reportsAGapBetweenBands() {
        assertThat(problems(shippedWith("{code: HIGH, min: 36}", "{code: HIGH, min: 40}")))
                .containsExactly("frequency.bands[2].min: 40 leaves a gap after 36");
    }

    @Test
    void reportsTextWhereAWholeNumberOfDaysBelongs() {
        assertThat(problems(shippedWith("frequency:\n  windowDays: 365", "frequency:\n  windowDays: abc")))
                .containsExactly("frequency.windowDays: expected a whole number of days, found \"abc\"");
    }

    @Test
    void reportsAFractionOfADayAndAQuotedNumber() {
        assertThat(problems(shippedWith("feeWindowDays: 365", "feeWindowDays: 36.5",
                "churnInactiveDays: 180", "churnInactiveDays: \"180\"")))
                .containsExactly(
                        "contribution.feeWindowDays: expected a whole number of days, found 36.5",
                        "loyalty.churnInactiveDays: expected a whole number of days, found the text \"180\" "
                                + "(write numbers without quotes)");
    }

    @Test
    void reportsAnUnknownKeyWithTheKeysExpectedAndTheKeyItLeftMissing() {
        assertThat(problems(shippedWith("churnMinTenureDays: 180", "churnDays: 180")))
                .containsExactly(
                        "loyalty.churnDays: unknown key (expected one of churnMinTenureDays, churnInactiveDays, "
                                + "loyalMinTenureDays, loyalRecentActivityDays, loyalMinProductTypes)",
                        "loyalty.churnMinTenureDays: missing (required): expected a whole number of days");
    }

    @Test
    void reportsAnUnknownTopLevelKeyAndAMissingSection() {
        assertThat(problems(shippedWith("valueClass:\n  potentialMinTier: AFFLUENT", "valueClasses: {}")))
                .containsExactly(
                        "valueClasses: unknown key (expected one of version, currency, homeCountries, activity, aumTier, "
                                + "contribution, valueClass, frequency, loyalty, lifeStage, investmentExperience, rfm, "
                                + "suitability, needs, geography, ageBand, incomeBand, demand, clv, service, validation, sessions, aml)",
                        "valueClass: missing (required): expected the keys potentialMinTier");
    }

    @Test
    void reportsAMaximumAmountThatIsNotPositive() {
        assertThat(problems(shippedWith("maxAmount: 10000000000000", "maxAmount: 0")))
                .containsExactly("validation.maxAmount: must be greater than 0");
        assertThat(problems(shippedWith("maxAmount: 10000000000000", "maxAmount: -5")))
                .containsExactly("validation.maxAmount: must not be negative, found -5");
    }

    @Test
    void reportsASuitabilitySwitchThatIsNotABooleanAndANegativeAmount() {
        assertThat(problems(shippedWith("faceToFaceRequired: true", "faceToFaceRequired: maybe",
                "secondApprovalMinAmount: 1000000", "secondApprovalMinAmount: -1")))
                .containsExactly("suitability.faceToFaceRequired: expected true or false, found \"maybe\"",
                        "suitability.secondApprovalMinAmount: must not be negative, found -1");
    }

    @Test
    void acceptsR4AsTheStartOfHighMarketRiskAndNothingBelow() {
        assertThat(problems(shippedWith("highMarketRiskMinRisk: R5", "highMarketRiskMinRisk: R3", "amountWindowDays: 30", "amountWindowDays: 0")))
                .containsExactly("suitability.amountWindowDays: must be at least 1, found 0",
                        "suitability.highMarketRiskMinRisk: expected R5 (only R5 products count as high market risk unless the catalogue "
                                + "says so) or R4 (R4 and R5), found \"R3\"");
        assertThat(PolicyYaml.parse(shippedWith("highMarketRiskMinRisk: R5", "highMarketRiskMinRisk: R4"), "test")
                .suitability().highMarketRiskMinRisk()).isEqualTo("R4");
    }

    @Test
    void reportsASegmentThatIsNotACodeOfRfmSegment() {
        assertThat(problems(shippedWith("3: [ABOUT_TO_SLEEP, ABOUT_TO_SLEEP, NEED_ATTENTION,",
                "3: [ABOUT_TO_SLEEP, ABOUT_TO_SLEEP, FOO,")))
                .singleElement().asString()
                .startsWith("rfm.segments.3[2]: \"FOO\" is not a code of rfmSegment (expected one of CHAMPIONS,");
    }

    @Test
    void reportsASegmentRowOfTheWrongLengthAMissingRowAndAnUnknownOne() {
        assertThat(problems(shippedWith(
                "4: [PROMISING, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, CHAMPIONS, CHAMPIONS]",
                "4: [PROMISING, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, CHAMPIONS]",
                "    2: [HIBERNATING", "    6: [HIBERNATING")))
                .containsExactly(
                        "rfm.segments.6: unknown key (expected one of 1, 2, 3, 4, 5)",
                        "rfm.segments.2: missing (required): expected the 5 segment codes for R score 2",
                        "rfm.segments.4: expected 5 codes (one per F score 1 to 5), found 4");
    }

    @Test
    void reportsABandCodeOfAnotherDimension() {
        assertThat(problems(shippedWith("{code: PRIVATE, min: 6000000}", "{code: RICH, min: 6000000}")))
                .containsExactly("aumTier.bands[2].code: \"RICH\" is not a code of aumTier (expected one of MASS, AFFLUENT, PRIVATE)");
    }

    @Test
    void reportsARepeatedBandCodeAndTheCodeLeftWithoutABand() {
        assertThat(problems(shippedWith("{code: FORMATION, min: 25, max: 30}", "{code: SINGLE, min: 25, max: 30}")))
                .containsExactly(
                        "lifeStage.byAge[1].code: \"SINGLE\" is already the code of band [0]; each code names one band",
                        "lifeStage.byAge: no band for FORMATION (each code of lifeStage needs one band: "
                                + "SINGLE, FORMATION, GROWTH, MATURITY, RETIREMENT)");
    }

    @Test
    void reportsAnOpenEndedBandBeforeTheLast() {
        assertThat(problems(shippedWith("{code: LOW, min: 1, max: 36}", "{code: LOW, min: 1}")))
                .contains("frequency.bands[1].max: only the last band may be open-ended");
    }

    @Test
    void reportsSharesOutOfOrder() {
        assertThat(problems(shippedWith("classAShare: 0.80", "classAShare: 0.96")))
                .containsExactly("contribution.classBShare: must be greater than classAShare (0.96), found 0.95");
    }

    @Test
    void reportsSharesOutsideZeroToOneAndARateWrittenAsAPercentage() {
        assertThat(problems(shippedWith("classAShare: 0.80", "classAShare: 0", "classBShare: 0.95", "classBShare: 1.2",
                "aumRate: 0.015", "aumRate: 1.5")))
                .containsExactly(
                        "contribution.classAShare: must be greater than 0 and less than 1 (0.80 means 80 %), found 0",
                        "contribution.classBShare: must be greater than 0 and at most 1 (0.80 means 80 %), found 1.2",
                        "contribution.aumRate: must be a fraction between 0 and 1 (0.015 means 1.5 %), found 1.5");
    }

    @Test
    void acceptsAWholeShareForClassB() {
        assertThat(PolicyYaml.parse(shippedWith("classBShare: 0.95", "classBShare: 1"), "p.yaml")
                .contribution().classBShare()).isEqualByComparingTo("1");
    }

    @Test
    void reportsPercentilesThatAreTooFewNotIncreasingOrNotFractions() {
        assertThat(problems(shippedWith("[0.2, 0.4, 0.6, 0.8]", "[0.2, 0.6, 0.4]")))
                .containsExactly(
                        "rfm.percentiles: expected exactly 4 percentiles (the cut points between scores 1 to 5, "
                                + "e.g. [0.2, 0.4, 0.6, 0.8]), found 3",
                        "rfm.percentiles[2]: 0.4 must be greater than the percentile before, 0.6");
        assertThat(problems(shippedWith("[0.2, 0.4, 0.6, 0.8]", "[0.2, 0.4, 0.6, 1.0]")))
                .containsExactly("rfm.percentiles[3]: must be greater than 0 and less than 1, found 1.0");
    }

    @Test
    void reportsAnUnknownRecencySchemeAndDayBandsThatAreTooFewOrNotIncreasing() {
        assertThat(problems(shippedWith("recency: bands", "recency: deciles")))
                .containsExactly("rfm.recency: expected bands or quintiles, found \"deciles\"");
        assertThat(problems(shippedWith("recencyBandDays: [7, 30, 90, 180]", "recencyBandDays: [7, 90, 30]")))
                .containsExactly(
                        "rfm.recencyBandDays: expected exactly 4 day counts (the most days for R 5 down to 2, "
                                + "e.g. [7, 30, 90, 180]), found 3",
                        "rfm.recencyBandDays[2]: 30 must be greater than the day count before, 90");
        assertThat(problems(shippedWith("recencyBandDays: [7, 30, 90, 180]", "recencyBandDays: [-1, 30, 90.5, 180]")))
                .containsExactly("rfm.recencyBandDays[0]: must be at least 0, found -1",
                        "rfm.recencyBandDays[2]: expected a whole number of days, found 90.5");
        assertThat(problems(shippedWith("  recency: bands\n", ""))).containsExactly("rfm.recency: missing (required): expected a text");
    }

    @Test
    void readsQuintilesAsTheOtherRecencyScheme() {
        assertThat(PolicyYaml.parse(shippedWith("recency: bands", "recency: quintiles"), "p.yaml").rfm().recency())
                .isEqualTo(io.clientlens.policy.Policy.Rfm.RecencyScoring.QUINTILES);
    }

    @Test
    void reportsABlankVersionAndAnUnknownCurrencyForm() {
        assertThat(problems(shippedWith("version: \"v1\"", "version: \" \"", "currency: CNY", "currency: rmb")))
                .containsExactly(
                        "version: expected a non-blank text, found \" \"",
                        "currency: expected a three-letter ISO 4217 code such as CNY, found \"rmb\"");
    }

    @Test
    void reportsAFeeCategoryThatIsNotABankPosting() {
        assertThat(problems(shippedWith("SLUZBY, PENALTY_INTEREST, FEE]\n", "SLUZBY, PENALTY_INTEREST, FEE, ATM]\n")))
                .containsExactly("activity.feeCategories[4]: \"ATM\" is not one of bankPostingCategories "
                        + "(a fee is a bank posting, not customer activity)");
    }

    @Test
    void readsTheCountryCodeOfNorwayAsTextNotAsFalse() {
        assertThat(PolicyYaml.parse(shippedWith("homeCountries: [CN]", "homeCountries: [CN, NO]"), "p.yaml")
                .homeCountries()).containsExactly("CN", "NO");
    }

    @Test
    void reportsEveryMistakeOfAFileWithSeveral() {
        String text = shippedWith(
                "currency: CNY", "currency: 156",
                "{code: AFFLUENT, min: 500000", "{code: AFFLUENT, min: 400000",
                "loyalMinProductTypes: 2", "loyalMinProductTypes: 0",
                "retirementAge: 60", "retirementAge: sixty",
                "2: [HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE]",
                "2: [HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, LOST_CAUSE]");

        assertThatThrownBy(() -> PolicyYaml.parse(text, "bank-policy.yaml"))
                .isInstanceOfSatisfying(PolicyInvalid.class, invalid -> {
                    assertThat(invalid.source()).isEqualTo("bank-policy.yaml");
                    assertThat(invalid.problems()).hasSize(5);
                    assertThat(invalid.problems()).extracting(p -> p.substring(0, p.indexOf(':'))).containsExactly(
                            "currency", "aumTier.bands[1].min", "loyalty.loyalMinProductTypes",
                            "lifeStage.retirementAge", "rfm.segments.2[4]");
                    assertThat(invalid.getMessage()).startsWith("bank-policy.yaml is not a valid policy (5 problems):");
                });
    }

    @Test
    void aWholeOtherFileGivenAsThePolicyIsNamedByItsStartNotPrintedWhole() {
        String csv = "code,name,risk,type\n" + "CASH01,天天利货币理财,R1,CASH_MANAGEMENT\n".repeat(40);
        assertThatThrownBy(() -> PolicyYaml.parse(csv, "products.csv"))
                .isInstanceOfSatisfying(PolicyInvalid.class, invalid -> {
                    assertThat(invalid.problems()).singleElement().asString()
                            .startsWith("(document): expected the keys version, currency").endsWith("…\"");
                    assertThat(invalid.getMessage().length()).isLessThan(600);
                });
    }

    @Test
    void reportsBrokenYamlWithItsLine() {
        assertThat(problems("version: v1\ncurrency: [CNY\n"))
                .singleElement().asString().startsWith("line 3, column 1: not valid YAML:");
    }

    @Test
    void reportsAKeyWrittenTwice() {
        assertThat(problems(shippedWith("currency: CNY", "currency: CNY\ncurrency: EUR")))
                .singleElement().asString().contains("not valid YAML").contains("duplicate key currency");
    }

    @Test
    void refusesToConstructObjectsNamedInTheFile() {
        assertThat(problems("version: !!java.util.ArrayList []\n"))
                .singleElement().asString().contains("not valid YAML");
    }

    @Test
    void reportsAnEmptyFile() {
        assertThat(problems("")).singleElement().asString().startsWith("(document): missing (required): expected the keys version,");
    }

    private static List<String> problems(String yaml) {
        try {
            PolicyYaml.parse(yaml, "test.yaml");
        } catch (PolicyInvalid invalid) {
            return invalid.problems();
        }
        throw new AssertionError("the policy was accepted, but a problem was expected");
    }
}
