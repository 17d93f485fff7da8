package io.clientlens.needs;

import io.clientlens.customer.FamilyMember;
import io.clientlens.customer.Profile;
import io.clientlens.policy.Policy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.clientlens.needs.NeedsFixture.AS_OF;
import static io.clientlens.needs.NeedsFixture.analyze;
import static io.clientlens.needs.NeedsFixture.bd;
import static io.clientlens.needs.NeedsFixture.domainExample;
import static io.clientlens.needs.NeedsFixture.domainExampleAged40;
import static org.assertj.core.api.Assertions.assertThat;

/** The insurance needs diagnosis of §6.3 on the §2.1 example at 2026-09-30, every term by hand. */
class InsuranceNeedsTest {

    private final InsuranceDiagnosis d = analyze(domainExample()).insurance();

    @Test
    void takesSupportYearsFromTheYoungestDependentChild() {
        // child born 2018-09-01 is 8 in completed years on 2026-09-30 → 22 − 8 = 14
        assertThat(d.supportYears().amount()).isEqualByComparingTo("14");
        assertThat(d.supportYears().workings().en()).contains("22 − 8 (family[1].birthDate) = 14");
    }

    @Test
    void addsEveryTermOfTheTotalNeedA() {
        // living = (96,000 + 24,000 + 6,000) × 14 = 126,000 × 14 = 1,764,000
        assertTerm("livingExpenses", "1764000");
        // debts = 1,500,000
        assertTerm("liabilities", "1500000");
        // child family[1]: 20,000 × (22 − 8) = 280,000
        assertTerm("childEducation[1]", "280000");
        // parent family[2] born 1960-01-01 is 66: 12,000 × max(0, 80 − 66) = 168,000
        assertTerm("parentSupport[2]", "168000");
        // final expenses from the policy = 50,000
        assertTerm("finalExpenses", "50000");
        // A = 1,764,000 + 1,500,000 + 280,000 + 168,000 + 50,000 = 3,762,000
        assertThat(d.need().amount()).isEqualByComparingTo("3762000");
        assertThat(d.needTerms()).extracting(Figure::code).containsExactly("livingExpenses", "liabilities",
                "childEducation[1]", "parentSupport[2]", "finalExpenses");
    }

    @Test
    void addsEveryTermOfTheResourcesBAndTakesTheGap() {
        // B = life cover 500,000 + financial assets 400,000 + social security 50,000 = 950,000
        assertThat(d.resourceTerms()).extracting(f -> f.amount().intValue()).containsExactly(500_000, 400_000, 50_000);
        assertThat(d.resources().amount()).isEqualByComparingTo("950000");
        // C = max(0, 3,762,000 − 950,000) = 2,812,000
        assertThat(d.gap().amount()).isEqualByComparingTo("2812000");
    }

    @Test
    void computesTheHealthAndRetirementGaps() {
        // critical illness: 3 × 310,000 = 930,000 − cover 300,000 = 630,000
        assertThat(d.health().target().amount()).isEqualByComparingTo("930000");
        assertThat(d.health().gap().amount()).isEqualByComparingTo("630000");
        // retirement need: 126,000 × 0.7 × (85 − 60) = 88,200 × 25 = 2,205,000
        assertThat(d.retirement().need().amount()).isEqualByComparingTo("2205000");
        // provision: investment assets 350,000 + pension 0 × 25 = 350,000; gap = 1,855,000
        assertThat(d.retirement().provision().amount()).isEqualByComparingTo("350000");
        assertThat(d.retirement().gap().amount()).isEqualByComparingTo("1855000");
    }

    @Test
    void budgetsTheFourAccounts() {
        FourAccountsBudget b = analyze(domainExampleAged40()).fourAccounts();
        // protection premium 5 % × 310,000 = 15,500 for cover 5–7 × 310,000 = 1,550,000–2,170,000
        assertThat(b.incomeProtectionPremium().amount()).isEqualByComparingTo("15500");
        assertThat(b.incomeProtectionCoverMin().amount()).isEqualByComparingTo("1550000");
        assertThat(b.incomeProtectionCoverMax().amount()).isEqualByComparingTo("2170000");
        // health 5–10 % × 310,000 = 15,500–31,000
        assertThat(b.healthPremiumMin().amount()).isEqualByComparingTo("15500");
        assertThat(b.healthPremiumMax().amount()).isEqualByComparingTo("31000");
        // born 1986-03-15: 40 on 2026-09-30, so 15 % × 310,000 = 46,500
        assertThat(b.annuityPremium().amount()).isEqualByComparingTo("46500");
        // wealth = max(0, 34,000 − 15,500 − 31,000 − 46,500 = −59,000) = 0
        assertThat(b.wealth().amount()).isEqualByComparingTo("0");
    }

    @Test
    void givesTheYoungerAnnuityShareUnderForty() {
        // born 1986-10-01: still 39 on 2026-09-30 → 10 % × 310,000 = 31,000
        FourAccountsBudget b = analyze(domainExample().toBuilder().birthDate(LocalDate.of(1986, 10, 1)).build()).fourAccounts();
        assertThat(b.annuityPremium().amount()).isEqualByComparingTo("31000");
        assertThat(b.annuityPremium().workings().en()).contains("age 39 < 40");
    }

    @Test
    void cannotChooseTheAnnuityShareWithoutABirthDate() {
        FourAccountsBudget b = analyze(domainExample()).fourAccounts();
        assertThat(b.annuityPremium().isKnown()).isFalse();
        assertThat(b.wealth().workings().en()).contains("birth date is missing");
    }

    @Test
    void weighsEachGapAgainstWhatCoveringItCosts() {
        List<ValueLine> lines = analyze(domainExampleAged40()).valueEquation();
        ValueLine income = lines.get(0);
        // 2,812,000 / 310,000 = 9.07 years of net income; 15,500 / 310,000 = 5 % of it
        assertThat(income.gapInYearsOfIncome()).isEqualByComparingTo("9.07");
        assertThat(income.costShareOfIncome()).isEqualByComparingTo("0.05");
        assertThat(income.statement().zh()).contains("缺口 2,812,000").contains("约 9.07 年净收入").contains("净收入的 5%");
    }

    @Test
    void usesTheDefaultSupportYearsWithoutChildren() {
        Profile p = domainExample().toBuilder().family(List.of(
                new FamilyMember(FamilyMember.Relation.SPOUSE, null, LocalDate.of(1991, 5, 1), null, null, null, null, null))).build();
        InsuranceDiagnosis noKids = analyze(p).insurance();
        // 126,000 × 5 + 1,500,000 + 50,000 = 2,180,000
        assertThat(noKids.supportYears().amount()).isEqualByComparingTo("5");
        assertThat(noKids.supportYears().workings().en()).contains("no dependent child").contains("defaultSupportYears = 5");
        assertThat(noKids.need().amount()).isEqualByComparingTo("2180000");
    }

    @Test
    void skipsIndependentChildrenAndParentsOverTheSupportAge() {
        Profile p = domainExample().toBuilder().family(List.of(
                new FamilyMember(FamilyMember.Relation.CHILD, null, LocalDate.of(2010, 1, 1), null, true, bd(30_000), null, null),
                new FamilyMember(FamilyMember.Relation.PARENT, null, LocalDate.of(1940, 1, 1), null, null, null, bd(10_000), null))).build();
        InsuranceDiagnosis x = analyze(p).insurance();
        // no dependent child: 5 years; the parent is 86 → max(0, 80 − 86) = 0
        assertThat(x.needTerms()).extracting(Figure::code).doesNotContain("childEducation[0]");
        assertThat(x.needTerms().stream().filter(t -> t.code().equals("parentSupport[1]")).findFirst().orElseThrow().amount())
                .isEqualByComparingTo("0");
    }

    @Test
    void saysWhichBirthDateIsMissing() {
        Profile p = domainExample().toBuilder().family(List.of(
                new FamilyMember(FamilyMember.Relation.CHILD, null, null, null, null, bd(20_000), null, null))).build();
        InsuranceDiagnosis x = analyze(p).insurance();
        assertThat(x.supportYears().isKnown()).isFalse();
        assertThat(x.need().workings().en()).isEqualTo("family[0].birthDate is missing: the age is unknown");
    }

    @Test
    void needsTheInsuranceGroupForTheResources() {
        InsuranceDiagnosis x = analyze(domainExample().toBuilder().insurance(null).build()).insurance();
        assertThat(x.need().isKnown()).isTrue();
        assertThat(x.resources().isKnown()).isFalse();
        assertThat(x.gap().workings().zh()).contains("保险保障信息缺失");
    }

    @Test
    void discountsFutureStreamsWhenThePolicySetsARate() {
        Policy base = NeedsFixture.policy();
        Policy.Needs n = base.needs();
        Policy.Needs discounted = new Policy.Needs(n.healthyRanges(), n.parentSupportUntilAge(), n.criticalIllnessIncomeMultiple(),
                n.retirementIncomeReplacement(), n.retirementFromAge(), n.lifeExpectancy(), n.pensionYears(), n.defaultSupportYears(),
                bd(80_000), new BigDecimal("0.03"), n.fourAccounts());
        Policy policy = base.withNeeds(discounted);
        InsuranceDiagnosis x = ((NeedsAnalysis) new NeedsAnalyzer(policy).analyze(domainExample(), AS_OF)).insurance();
        // 126,000 × (1 − 1.03^−14) / 0.03 = 126,000 × 11.29607 = 1,423,305..
        assertThat(x.needTerms().get(0).amount()).isBetween(new BigDecimal("1423000"), new BigDecimal("1423600"));
        assertThat(x.needTerms().get(0).workings().en()).contains("discounted at 0.03");
        assertThat(x.needTerms().get(4).amount()).isEqualByComparingTo("80000");
    }

    private void assertTerm(String code, String amount) {
        Figure term = d.needTerms().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
        assertThat(term.amount()).as(code).isEqualByComparingTo(amount);
    }
}
