package io.clientlens.classify;

import io.clientlens.customer.Assets;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Expenses;
import io.clientlens.customer.Income;
import io.clientlens.customer.Insurance;
import io.clientlens.customer.Profile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static io.clientlens.classify.CustomerFixture.customer;
import static io.clientlens.classify.CustomerFixture.prospect;
import static io.clientlens.code.Dimension.CLV_CLASS;
import static io.clientlens.code.Dimension.DEMAND;
import static io.clientlens.code.Dimension.LOYALTY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * demand and clvClass on hand-computed figures. The single saver below: income 200,000, living
 * expenses 60,000, cash 100,000, no debts and no family data (5 support years).
 * Life: need 60,000 × 5 + 50,000 final expenses = 350,000; resources = life cover + cash.
 * Critical illness: target 3 × 200,000 = 600,000 − cover. Retirement: need 60,000 × 0.7 × 25 =
 * 1,050,000; provision = investment assets (100,000 − 100,000 cash = 0) + pension × 25.
 */
class DemandAndLifetimeValueRuleTest {

    private static Profile saver(long lifeCover, long criticalIllnessCover, long pensionAnnual) {
        return Profile.builder("1")
                .income(new Income(bd(200_000), null, null, null))
                .expenses(new Expenses(bd(60_000), bd(0), bd(0), bd(0), bd(0), bd(0)))
                .assets(new Assets(bd(100_000), bd(0), bd(0), bd(0), bd(0), bd(0), bd(0), bd(0), bd(0), bd(0), bd(0)))
                .liabilities(List.of())
                .insurance(new Insurance(bd(lifeCover), bd(criticalIllnessCover), true, null, bd(0), bd(pensionAnnual)))
                .build();
    }

    private static CustomerFixture register(Profile p, int openNeeds, String... areas) {
        return customer("1").profile(p).advisory(new AdvisoryRecords(List.of(), openNeeds, Set.of(areas)));
    }

    @Test
    void noGapIsLowDemand() {
        // life: 2,000,000 + 100,000 ≥ 350,000; CI: 600,000 − 600,000 = 0; retirement: 100,000 × 25 ≥ 1,050,000
        DimensionResult r = Classify.result(customer("1").profile(saver(2_000_000, 600_000, 100_000)), DEMAND);
        assertThat(r.code()).isEqualTo("LOW");
        assertThat(r.reasons().get(0).zh()).isEqualTo("无保障或养老缺口，未结需求 0 项（< 2） → 低需求");
        assertThat(r.reasons().get(0).en()).isEqualTo("No protection or retirement gap; 0 open needs (< 2) → Low demand");
        assertThat((BigDecimal) r.inputs().get("lifeGap")).isEqualByComparingTo("0");
    }

    @Test
    void aGapNoNeedInTheRegisterCoversIsLatentAndACoveredOneIsLow() {
        Profile noCriticalIllnessCover = saver(2_000_000, 0, 100_000);
        DimensionResult latent = Classify.result(customer("1").profile(noCriticalIllnessCover), DEMAND);
        assertThat(latent.code()).isEqualTo("LATENT");
        assertThat(latent.reasons().get(0).zh()).isEqualTo("重疾缺口 600,000 元，需求登记中没有“家庭财务保障”领域的需求 → 潜在需求");
        assertThat(latent.reasons().get(0).en())
                .isEqualTo("Critical-illness gap 600,000 CNY, and no need of the area 'Family financial protection' in the register → Latent demand");
        assertThat((BigDecimal) latent.inputs().get("criticalIllnessGap")).isEqualByComparingTo("600000");

        // a need of the other area does not cover it; one of its own area does
        assertThat(Classify.code(register(noCriticalIllnessCover, 1, "EDUCATION_AND_RETIREMENT"), DEMAND)).isEqualTo("LATENT");
        DimensionResult covered = Classify.result(register(noCriticalIllnessCover, 1, "FAMILY_PROTECTION"), DEMAND);
        assertThat(covered.code()).isEqualTo("LOW");
        assertThat(covered.reasons().get(0).zh()).isEqualTo("重疾缺口 600,000 元 已有需求登记，未结需求 1 项（< 2） → 低需求");
    }

    @Test
    void twoGapsOrTwoOpenNeedsAreHighDemand() {
        // CI gap 600,000 and retirement gap 1,050,000 − 0 = 1,050,000
        DimensionResult gaps = Classify.result(customer("1").profile(saver(2_000_000, 0, 0)), DEMAND);
        assertThat(gaps.code()).isEqualTo("HIGH");
        assertThat(gaps.reasons().get(0).zh()).isEqualTo("重疾缺口 600,000 元、养老缺口 1,050,000 元，共 2 项缺口（≥ 2） → 高需求");
        assertThat(gaps.reasons().get(0).en())
                .isEqualTo("Critical-illness gap 600,000 CNY, retirement gap 1,050,000 CNY: 2 gaps (≥ 2) → High demand");

        DimensionResult needs = Classify.result(register(saver(2_000_000, 600_000, 100_000), 2), DEMAND);
        assertThat(needs.code()).isEqualTo("HIGH");
        assertThat(needs.reasons().get(0).en()).isEqualTo("2 open needs in the register (≥ 2) → High demand");
    }

    @Test
    void withoutFinancialDataOrComputableGapsDemandIsUnknown() {
        DimensionResult none = Classify.result(customer("1").profile(Profile.builder("1").name("王小明").build()), DEMAND);
        assertThat(none.isUnknown()).isTrue();
        assertThat(none.reasons().get(0).rule()).isEqualTo("noFinancialData");
        assertThat(none.reasons().get(0).zh()).startsWith("无财务资料");
        assertThat(Classify.result(customer("1"), DEMAND).reasons().get(0).rule()).isEqualTo("noFinancialData");
        // the register alone can show a high demand
        assertThat(Classify.result(register(Profile.builder("1").build(), 2), DEMAND).reasons().get(0).rule())
                .isEqualTo("openNeeds");

        // income alone: no expenses for the needs, no insurance for the covers
        Profile incomeOnly = Profile.builder("1").income(new Income(bd(200_000), null, null, null)).build();
        DimensionResult gaps = Classify.result(customer("1").profile(incomeOnly), DEMAND);
        assertThat(gaps.isUnknown()).isTrue();
        assertThat(gaps.reasons().get(0).rule()).isEqualTo("gapsNotComputable");
        assertThat(gaps.reasons().get(0).en()).startsWith("None of the protection and retirement gaps can be computed");

        DimensionResult corporate = Classify.result(customer("1").type(CustomerType.CORPORATE).profile(saver(0, 0, 0)), DEMAND);
        assertThat(corporate.isUnknown()).isTrue();
        assertThat(corporate.reasons().get(0).rule()).isEqualTo("corporate");
    }

    @Test
    void lifetimeValueDiscountsTheContributionByTheRetentionOfTheLoyaltyClass() {
        // Σ(t=1..5) r^t / 1.05^t: LOYAL 0.95 → 3.74036…, GENERAL 0.85 → 2.77246…, CHURNED 0.50 → 0.88683…
        CustomerFixture loyal = customer("A").aum(1_000_000).products("DEPOSIT", "FUND");   // contribution 15,000
        CustomerFixture general = customer("B").aum(100_000);                               // 1,500
        CustomerFixture churned = customer("C").aum(100_000).lastActivityDaysAgo(200);       // 1,500
        List<Classification> run = Classify.population(List.of(loyal.build(), general.build(), churned.build(),
                prospect("P").build()));
        assertThat(run.get(0).code(LOYALTY)).isEqualTo("LOYAL");
        assertThat(run.get(1).code(LOYALTY)).isEqualTo("GENERAL");
        assertThat(run.get(2).code(LOYALTY)).isEqualTo("CHURNED");
        assertThat((BigDecimal) run.get(0).features().get("clv")).isEqualByComparingTo("56105.44");
        assertThat((BigDecimal) run.get(1).features().get("clv")).isEqualByComparingTo("4158.70");
        assertThat((BigDecimal) run.get(2).features().get("clv")).isEqualByComparingTo("1330.25");
        assertThat(run.get(3).features().get("clv")).isNull();

        // total 61,594.39: A alone reaches 80 %, A + B reach 95 %
        assertThat(run.get(0).code(CLV_CLASS)).isEqualTo("HIGH");
        assertThat(run.get(1).code(CLV_CLASS)).isEqualTo("MEDIUM");
        assertThat(run.get(2).code(CLV_CLASS)).isEqualTo("LOW");
        assertThat(run.get(3).code(CLV_CLASS)).isEqualTo("UNKNOWN");
        DimensionResult b = run.get(1).get(CLV_CLASS);
        assertThat(b.inputs()).containsEntry("loyalty", "GENERAL");
        assertThat((BigDecimal) b.inputs().get("totalPositiveClv")).isEqualByComparingTo("61594.39");
        assertThat(b.reasons().get(0).zh()).isEqualTo("客户终身价值 = Σ(t=1…5) 年贡献 1,500 元 × 0.85^t / 1.05^t = 4,158.70 元"
                + "（一般客户，年留存率 85%），位于累计 80% 之后、95% 以内 → 中等价值");
        assertThat(b.reasons().get(0).en()).startsWith("Lifetime value = Σ(t=1…5) contribution 1,500 CNY × 0.85^t / 1.05^t = 4,158.70 CNY")
                .endsWith("→ Medium value");
        assertThat(run.get(3).get(CLV_CLASS).reasons().get(0).rule()).isEqualTo("prospect");
    }

    private static BigDecimal bd(long v) {
        return BigDecimal.valueOf(v);
    }
}
