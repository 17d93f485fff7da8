package io.clientlens.needs;

import io.clientlens.code.Label;

import java.util.List;
import java.util.Optional;

import static io.clientlens.needs.PlanningArea.CASH_AND_DEBT;
import static io.clientlens.needs.PlanningArea.EDUCATION_AND_RETIREMENT;
import static io.clientlens.needs.PlanningArea.ESTATE;
import static io.clientlens.needs.PlanningArea.FAMILY_PROTECTION;
import static io.clientlens.needs.PlanningArea.INVESTMENT;
import static io.clientlens.needs.PlanningArea.TAX;
import static io.clientlens.needs.ProductPreference.LIQUIDITY;
import static io.clientlens.needs.ProductPreference.SAFETY;
import static io.clientlens.needs.ProductPreference.YIELD;

/**
 * 生命周期与理财需求 (docs/NEEDS.md; the seed: match the product's liquidity, yield and safety to the stage of
 * the family life cycle). One plan per life stage of the classification engine; descriptive
 * defaults from the standard personal-finance textbook, not thresholds, so they live here.
 */
public final class LifeCycleNeeds {

    public static final LifeCyclePlan SINGLE = new LifeCyclePlan("SINGLE",
            List.of(CASH_AND_DEBT, INVESTMENT, FAMILY_PROTECTION, EDUCATION_AND_RETIREMENT, TAX, ESTATE),
            List.of(LIQUIDITY, YIELD, SAFETY),
            Label.of("积累第一桶金：建立收支计划和应急金，控制信用卡等消费负债，以小额定投开始投资。",
                    "Build the first savings: a budget and an emergency fund, little consumer debt, regular small investments."));
    public static final LifeCyclePlan FORMATION = new LifeCyclePlan("FORMATION",
            List.of(CASH_AND_DEBT, FAMILY_PROTECTION, INVESTMENT, EDUCATION_AND_RETIREMENT, TAX, ESTATE),
            List.of(LIQUIDITY, YIELD, SAFETY),
            Label.of("建立家庭：安排购房与信贷，随家庭成员增加提高寿险保额；参考配置 股票 70%、债券 10%、货币 20%。",
                    "Setting up home: housing and credit, more life cover as the family grows; textbook mix 70 % equity, 10 % bonds, 20 % money market."));
    public static final LifeCyclePlan GROWTH = new LifeCyclePlan("GROWTH",
            List.of(EDUCATION_AND_RETIREMENT, FAMILY_PROTECTION, CASH_AND_DEBT, INVESTMENT, TAX, ESTATE),
            List.of(YIELD, SAFETY, LIQUIDITY),
            Label.of("子女就学：以教育年金储备高等教育费用，偿还房贷车贷，保障家庭收入；参考配置 股票 60%、债券 30%、货币 10%。",
                    "Children at school: fund higher education with education annuities, repay home and car loans, protect the family income; "
                            + "textbook mix 60 % equity, 30 % bonds, 10 % money market."));
    public static final LifeCyclePlan MATURITY = new LifeCyclePlan("MATURITY",
            List.of(EDUCATION_AND_RETIREMENT, INVESTMENT, TAX, FAMILY_PROTECTION, ESTATE, CASH_AND_DEBT),
            List.of(SAFETY, YIELD, LIQUIDITY),
            Label.of("事业巅峰、子女独立：还清贷款，以养老险或递延年金储备退休金，开始税务与财富传承安排；参考配置 股票 50%、债券 40%、货币 10%。",
                    "Career peak, children independent: clear the loans, build the pension with annuities, start tax and succession planning; "
                            + "textbook mix 50 % equity, 40 % bonds, 10 % money market."));
    public static final LifeCyclePlan RETIREMENT = new LifeCyclePlan("RETIREMENT",
            List.of(ESTATE, FAMILY_PROTECTION, CASH_AND_DEBT, TAX, INVESTMENT, EDUCATION_AND_RETIREMENT),
            List.of(SAFETY, LIQUIDITY, YIELD),
            Label.of("退休养老：保本与稳定现金流优先，安排长期护理与医疗保障，订立遗嘱、做好遗产规划；参考配置 股票 20%、债券 60%、货币 20%。",
                    "Retired: capital safety and steady income first, long-term care and medical cover, a will and estate plan; "
                            + "textbook mix 20 % equity, 60 % bonds, 20 % money market."));

    private LifeCycleNeeds() {
    }

    public static List<LifeCyclePlan> allPlans() {
        return List.of(SINGLE, FORMATION, GROWTH, MATURITY, RETIREMENT);
    }

    /** The plan of a life stage code; empty for UNKNOWN (no birth date and no family data, or a company). */
    public static Optional<LifeCyclePlan> forStage(String lifeStage) {
        return allPlans().stream().filter(p -> p.lifeStage().equals(lifeStage)).findFirst();
    }
}
