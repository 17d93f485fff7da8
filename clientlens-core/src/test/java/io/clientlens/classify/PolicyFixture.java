package io.clientlens.classify;

import io.clientlens.policy.Band;
import io.clientlens.policy.Bands;
import io.clientlens.policy.Policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The default numbers of docs/POLICY.md as a Policy, for core tests (the shipped YAML is tested in batch). */
public final class PolicyFixture {
    private PolicyFixture() {
    }

    public static Policy v1() {
        return v1(Policy.Rfm.RecencyScoring.BANDS);
    }

    /** v1 with R scored as given (the default is BANDS). */
    public static Policy v1(Policy.Rfm.RecencyScoring recency) {
        return new Policy("v1", "CNY", Set.of("CN"),
                new Policy.Activity(Set.of("UROK", "SANKC. UROK", "SLUZBY"), Set.of("SANKC. UROK", "SLUZBY")),
                new Policy.AumTier(bands("MASS", 0, "AFFLUENT", 500_000, "PRIVATE", 6_000_000), bd(5_000_000)),
                new Policy.Contribution(new BigDecimal("0.80"), new BigDecimal("0.95"), new BigDecimal("0.015"),
                        new BigDecimal("0.025"), 365),
                new Policy.ValueClass("AFFLUENT"),
                new Policy.Frequency(365, bands("ZERO", 0, "LOW", 1, "HIGH", 36)),
                new Policy.Loyalty(180, 180, 365, 90, 2),
                new Policy.LifeStage(60, 22, bands("SINGLE", 0, "FORMATION", 25, "GROWTH", 30, "MATURITY", 50, "RETIREMENT", 60)),
                new Policy.InvestmentExperience(1, 2, Set.of("WEALTH", "WEALTH_NON_GUARANTEED", "FUND", "STOCK", "BOND",
                        "STRUCTURED", "INVESTMENT_INSURANCE", "DERIVATIVE")),
                new Policy.Rfm(365, recency, List.of(7, 30, 90, 180), List.of(new BigDecimal("0.2"), new BigDecimal("0.4"), new BigDecimal("0.6"),
                        new BigDecimal("0.8")), Map.of(
                        5, List.of("NEW", "POTENTIAL_LOYALIST", "POTENTIAL_LOYALIST", "CHAMPIONS", "CHAMPIONS"),
                        4, List.of("PROMISING", "POTENTIAL_LOYALIST", "POTENTIAL_LOYALIST", "CHAMPIONS", "CHAMPIONS"),
                        3, List.of("ABOUT_TO_SLEEP", "ABOUT_TO_SLEEP", "NEED_ATTENTION", "LOYAL", "LOYAL"),
                        2, List.of("HIBERNATING", "HIBERNATING", "AT_RISK", "AT_RISK", "CANT_LOSE"),
                        1, List.of("HIBERNATING", "HIBERNATING", "AT_RISK", "AT_RISK", "CANT_LOSE"))),
                new Policy.Suitability(12, 30, true, bd(1_000_000), 30, bd(300_000), 2, "R5", bd(100_000), 15),
                needs(), schemes(), Policy.Validation.V1, Policy.Sessions.DEFAULT,
                io.clientlens.aml.AmlPolicyFixture.v1());
    }


    /** The defaults of the geography, ageBand, incomeBand, demand and clv sections, with a few regions. */
    public static Policy.Schemes schemes() {
        return new Policy.Schemes(
                new Policy.Geography(List.of(
                        new Policy.Province("北京市", "北京", "Beijing", "NORTH", "INLAND"),
                        new Policy.Province("上海市", "上海", "Shanghai", "SOUTH", "COASTAL"),
                        new Policy.Province("广东省", "广东", "Guangdong", "SOUTH", "COASTAL"),
                        new Policy.Province("山东省", "山东", "Shandong", "NORTH", "COASTAL"),
                        new Policy.Province("四川省", "四川", "Sichuan", "SOUTH", "INLAND"),
                        new Policy.Province("内蒙古自治区", "内蒙古", "Inner Mongolia", "NORTH", "INLAND"),
                        new Policy.Province("香港特别行政区", "香港", "Hong Kong", "SOUTH", "COASTAL")),
                        List.of("区", "街道", "路", "街", "大道", "小区"), List.of("县", "乡", "镇", "村", "屯", "嘎查")),
                bands("YOUTH", 0, "MIDDLE", 35, "SENIOR", 60),
                bands("MID_LOW_INCOME", 0, "HIGH_INCOME", 500_000),
                new Policy.Demand(2, 2, Map.of("lifeGap", "FAMILY_PROTECTION", "criticalIllnessGap", "FAMILY_PROTECTION",
                        "retirementGap", "EDUCATION_AND_RETIREMENT")),
                new Policy.Clv(5, new BigDecimal("0.05"), Map.of("LOYAL", new BigDecimal("0.95"),
                        "GENERAL", new BigDecimal("0.85"), "CHURNED", new BigDecimal("0.50")),
                        new BigDecimal("0.80"), new BigDecimal("0.95")));
    }

    /** The defaults of docs/NEEDS.md (the needs: section of policy-v1.yaml). */
    public static Policy.Needs needs() {
        return new Policy.Needs(Map.of(
                "savingsRatio", range("0.5", "0.7"),
                "liquidityRatio", range("3", "6"),
                "liquidToNetAssets", range("0.10", "0.20"),
                "solvencyRatio", range("0.5", null),
                "debtServiceRatio", range(null, "0.6"),
                "investmentToNetAssets", range("0.5", null)),
                80, new BigDecimal("3"), new BigDecimal("0.7"), 60, 85, 25, 5, bd(50_000), BigDecimal.ZERO,
                new Policy.FourAccounts(new BigDecimal("0.05"), new BigDecimal("5"), new BigDecimal("7"),
                        new BigDecimal("0.05"), new BigDecimal("0.10"), new BigDecimal("0.10"), new BigDecimal("0.15"), 40));
    }

    private static Policy.HealthyRange range(String min, String max) {
        return new Policy.HealthyRange(min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max));
    }

    /** code, min, code, min, …; each band ends where the next begins, the last is open. */
    static Bands bands(Object... codesAndMins) {
        List<Band> list = new java.util.ArrayList<>();
        for (int i = 0; i < codesAndMins.length; i += 2) {
            BigDecimal max = i + 3 < codesAndMins.length ? bd(((Number) codesAndMins[i + 3]).longValue()) : null;
            list.add(new Band((String) codesAndMins[i], bd(((Number) codesAndMins[i + 1]).longValue()), max));
        }
        return new Bands(list);
    }

    static BigDecimal bd(long value) {
        return BigDecimal.valueOf(value);
    }
}
