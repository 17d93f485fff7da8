package io.clientlens.aml;

import io.clientlens.policy.AmlPolicy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The defaults of docs/AML.md (the aml: section of policy-v1.yaml) as an AmlPolicy, for core tests. */
public final class AmlPolicyFixture {
    private AmlPolicyFixture() {
    }

    public static AmlPolicy v1() {
        Map<String, Integer> points = new LinkedHashMap<>();
        points.put("identityNotRecorded", 15);
        points.put("beneficialOwnersMissing", 30);
        points.put("beneficialOwnerNotVerified", 15);
        points.put("pepForeign", 40);
        points.put("pepDomestic", 25);
        points.put("pepInternationalOrg", 30);
        points.put("pepAssociate", 25);
        points.put("activityInconsistent", 20);
        points.put("highRiskNationality", 40);
        points.put("highRiskResidence", 40);
        points.put("nonResident", 10);
        points.put("nonFaceToFace", 15);
        points.put("crossBorder", 15);
        points.put("privateBanking", 10);
        points.put("cashIntensive", 20);
        points.put("highRiskIndustry", 25);
        return new AmlPolicy(
                new AmlPolicy.Rating(30, 60, points, Set.of("KP", "IR", "MM"),
                        List.of("空壳公司", "拍卖", "娱乐场所", "典当", "贵金属", "AUCTION", "PAWNSHOP", "CASINO"),
                        new BigDecimal("0.5"), bd(50_000), 1),
                new AmlPolicy.Monitoring(365,
                        new AmlPolicy.LargeCash(bd(50_000), 40),
                        new AmlPolicy.Structuring(new BigDecimal("0.8"), 3, 10, 70),
                        new AmlPolicy.ProfileMismatch(365, bd(3), bd(5), 18, 75, bd(500_000), 60),
                        new AmlPolicy.DormantReactivation(180, bd(100_000), 30, 60),
                        new AmlPolicy.RapidInOut(bd(50_000), new BigDecimal("0.9"), 2, 3, 30, 80),
                        new AmlPolicy.ManyCounterparties(20, 30, AmlPolicy.ManyCounterparties.Direction.ANY, 50)));
    }

    private static BigDecimal bd(long value) {
        return BigDecimal.valueOf(value);
    }
}
