package io.clientlens.needs;

import io.clientlens.customer.Assets;
import io.clientlens.customer.Income;
import io.clientlens.customer.Liability;
import io.clientlens.customer.Profile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.clientlens.needs.NeedsFixture.analyze;
import static io.clientlens.needs.NeedsFixture.bd;
import static io.clientlens.needs.NeedsFixture.domainExample;
import static org.assertj.core.api.Assertions.assertThat;

/** The six ratios of §6.1 on the §2.1 example, computed by hand, and their edge cases. */
class FinancialHealthTest {

    private final NeedsAnalysis example = analyze(domainExample());

    @Test
    void computesTheIncomeStatementOfTheExample() {
        HouseholdFigures f = example.figures();
        // net income = 300,000 + 0 + 10,000 + 0 = 310,000
        assertThat(f.netIncome().amount()).isEqualByComparingTo("310000");
        // expenses = 96,000 + 24,000 + 20,000 + 10,000 + 12,000 + 6,000 = 168,000
        assertThat(f.expenses().amount()).isEqualByComparingTo("168000");
        // debt repayment = 12 × 9,000 = 108,000; outflow = 168,000 + 108,000 = 276,000
        assertThat(f.debtRepayment().amount()).isEqualByComparingTo("108000");
        assertThat(f.outflow().amount()).isEqualByComparingTo("276000");
        // surplus = 310,000 − 276,000 = 34,000; monthly outflow = 276,000 / 12 = 23,000
        assertThat(f.surplus().amount()).isEqualByComparingTo("34000");
        assertThat(f.monthlyOutflow().amount()).isEqualByComparingTo("23000");
        assertThat(f.surplus().workings().zh()).isEqualTo("净收入 310,000 − 年总支出 276,000 = 34,000");
    }

    @Test
    void computesTheBalanceSheetOfTheExample() {
        HouseholdFigures f = example.figures();
        // financial = 50,000 + 200,000 + 100,000 + 50,000 + 0 + 0 + 0 = 400,000
        assertThat(f.financialAssets().amount()).isEqualByComparingTo("400000");
        // investment = 400,000 − 50,000 + 0 (insurance cash value) + 0 (business equity) = 350,000
        assertThat(f.investmentAssets().amount()).isEqualByComparingTo("350000");
        // total = 400,000 + 0 + 3,000,000 + 150,000 + 0 = 3,550,000; net = 3,550,000 − 1,500,000 = 2,050,000
        assertThat(f.totalAssets().amount()).isEqualByComparingTo("3550000");
        assertThat(f.netAssets().amount()).isEqualByComparingTo("2050000");
        assertThat(f.investmentAssets().workings().en())
                .isEqualTo("financial assets 400,000 − cash and demand deposits 50,000 + insurance cash value 0 + business equity 0 = 350,000");
    }

    @Test
    void judgesEachRatioOfTheExampleAgainstItsHealthyRange() {
        // savings = 34,000 / 310,000 = 0.10968 → below 0.5
        assertRatio("savingsRatio", "0.1097", Verdict.LOW);
        // liquidity = 50,000 / 23,000 = 2.17391 → below 3
        assertRatio("liquidityRatio", "2.1739", Verdict.LOW);
        // liquid / net assets = 50,000 / 2,050,000 = 0.02439 → below 0.10
        assertRatio("liquidToNetAssets", "0.0244", Verdict.LOW);
        // solvency = 2,050,000 / 3,550,000 = 0.57746 → at least 0.5
        assertRatio("solvencyRatio", "0.5775", Verdict.HEALTHY);
        // debt service = 9,000 / (310,000 / 12 = 25,833.33) = 0.34839 → at most 0.6
        assertRatio("debtServiceRatio", "0.3484", Verdict.HEALTHY);
        // investment / net assets = 350,000 / 2,050,000 = 0.17073 → below 0.5
        assertRatio("investmentToNetAssets", "0.1707", Verdict.LOW);
    }

    @Test
    void givesTheSeedsAdviceInBothLanguagesAndShowsTheWorkings() {
        RatioResult liquidity = example.ratio("liquidityRatio");
        assertThat(liquidity.advice().zh()).contains("3–6 个月");
        assertThat(liquidity.advice().en()).contains("emergency fund");
        assertThat(liquidity.workings().zh()).isEqualTo("流动资产 50,000 / 每月支出 23,000 = 2.17；健康区间 3–6 → 偏低");
        assertThat(example.ratio("debtServiceRatio").healthy().max()).isEqualByComparingTo("0.6");
    }

    @Test
    void reportsAMissingIncomeGroupInsteadOfDividing() {
        NeedsAnalysis a = analyze(domainExample().toBuilder().income(null).build());
        RatioResult savings = a.ratio("savingsRatio");
        assertThat(savings.verdict()).isEqualTo(Verdict.NOT_COMPUTABLE);
        assertThat(savings.value()).isNull();
        assertThat(savings.workings().en()).isEqualTo("the income group is not on file");
        assertThat(savings.workings().zh()).contains("收入信息缺失");
        assertThat(a.ratio("debtServiceRatio").verdict()).isEqualTo(Verdict.NOT_COMPUTABLE);
        // the ratios that do not need income are still judged
        assertThat(a.ratio("solvencyRatio").verdict()).isEqualTo(Verdict.HEALTHY);
    }

    @Test
    void reportsZeroIncomeAsAZeroDenominator() {
        NeedsAnalysis a = analyze(domainExample().toBuilder().income(new Income(bd(0), null, null, null)).build());
        assertThat(a.ratio("savingsRatio").verdict()).isEqualTo(Verdict.NOT_COMPUTABLE);
        assertThat(a.ratio("savingsRatio").workings().en()).isEqualTo("net income is 0: the ratio has no value");
        assertThat(a.ratio("debtServiceRatio").workings().zh()).isEqualTo("每月税后收入为 0，无法计算比率");
    }

    @Test
    void doesNotJudgeRatiosOverNegativeNetAssets() {
        // assets 100,000 cash; debts 300,000 → net assets = −200,000; solvency = −200,000 / 100,000 = −2
        Profile p = domainExample().toBuilder()
                .assets(new Assets(bd(100_000), null, null, null, null, null, null, null, null, null, null))
                .liabilities(List.of(new Liability(Liability.Kind.CONSUMER_LOAN, bd(300_000), bd(2_000)))).build();
        NeedsAnalysis a = analyze(p);
        assertThat(a.figures().netAssets().amount()).isEqualByComparingTo("-200000");
        assertThat(a.ratio("solvencyRatio").value()).isEqualByComparingTo("-2");
        assertThat(a.ratio("solvencyRatio").verdict()).isEqualTo(Verdict.LOW);
        assertThat(a.ratio("liquidToNetAssets").verdict()).isEqualTo(Verdict.NOT_COMPUTABLE);
        assertThat(a.ratio("investmentToNetAssets").workings().en()).startsWith("net assets is negative (-200,000)");
    }

    @Test
    void reportsMissingLiabilitiesRatherThanAssumingNone() {
        NeedsAnalysis a = analyze(domainExample().toBuilder().liabilities(null).build());
        assertThat(a.ratio("debtServiceRatio").verdict()).isEqualTo(Verdict.NOT_COMPUTABLE);
        assertThat(a.ratio("solvencyRatio").workings().en()).isEqualTo("the liabilities group is not on file");
    }

    @Test
    void judgesAHighValueAgainstTheUpperBound() {
        // monthly debt 20,000 / monthly income 25,833.33 = 0.7742 > 0.6
        NeedsAnalysis a = analyze(domainExample().toBuilder()
                .liabilities(List.of(new Liability(Liability.Kind.MORTGAGE, bd(1_500_000), bd(20_000)))).build());
        assertThat(a.ratio("debtServiceRatio").value()).isEqualByComparingTo("0.7742");
        assertThat(a.ratio("debtServiceRatio").verdict()).isEqualTo(Verdict.HIGH);
        assertThat(a.ratio("debtServiceRatio").advice().zh()).contains("60%");
    }

    @Test
    void leavesNothingComputableForAProfileWithOnlyAnId() {
        NeedsAnalysis a = analyze(NeedsFixture.onlyAnId());
        assertThat(a.ratios()).hasSize(6).allSatisfy(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.NOT_COMPUTABLE);
            assertThat(r.workings().zh()).isNotBlank();
        });
        assertThat(a.insurance().need().isKnown()).isFalse();
        assertThat(a.lifeStage().isUnknown()).isTrue();
        assertThat(a.lifeCycle()).isEmpty();
    }

    private void assertRatio(String code, String value, Verdict verdict) {
        RatioResult r = example.ratio(code);
        assertThat(r.value()).as(code).isEqualByComparingTo(new BigDecimal(value));
        assertThat(r.verdict()).as(code).isEqualTo(verdict);
    }
}
