package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Profile;
import io.clientlens.needs.Figure;
import io.clientlens.needs.InsuranceDiagnosis;
import io.clientlens.needs.NeedsAnalyzer;
import io.clientlens.needs.PlanningArea;
import io.clientlens.policy.Policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 需求程度 (docs/POLICY.md): HIGH with at least {@code demand.minGaps} of the life, critical-illness
 * and retirement gaps of the insurance needs diagnosis, or at least {@code demand.minOpenNeeds} open
 * needs in the register; LATENT when a gap has no need of its planning area in the register; LOW
 * otherwise. Without financial data, or when no gap can be computed, UNKNOWN with the reason,
 * unless the open needs alone make it HIGH.
 */
final class DemandRule implements DimensionRule {
    private static final Map<String, Label> GAP_NAMES = Map.of(
            "lifeGap", Label.of("寿险保障缺口", "life protection gap"),
            "criticalIllnessGap", Label.of("重疾缺口", "critical-illness gap"),
            "retirementGap", Label.of("养老缺口", "retirement gap"));

    @Override
    public Dimension dimension() {
        return Dimension.DEMAND;
    }

    @Override
    public DimensionResult apply(Context c) {
        CustomerFeatures f = c.customer();
        if (f.type() == CustomerType.CORPORATE) {
            return DimensionResult.unknown(dimension(), Context.inputs("type", "CORPORATE"),
                    new Reason("corporate", "企业客户不适用家庭保障与养老需求诊断",
                            "The family protection and retirement diagnosis does not apply to corporate customers"));
        }
        Profile p = f.profile();
        if (p == null || (p.income() == null && p.expenses() == null && p.assets() == null && p.liabilities() == null
                && p.insurance() == null)) {
            Policy.Demand policy = c.policy().schemes().demand();
            int open = f.advisory().openNeeds();
            if (open >= policy.minOpenNeeds()) {
                return openNeeds(Context.inputs("financialData", false, "openNeeds", open), open, policy);
            }
            return DimensionResult.unknown(dimension(), Context.inputs("financialData", false, "openNeeds", open),
                    new Reason("noFinancialData", "无财务资料（收入、支出、资产、负债、保险均未登记），无法诊断需求",
                            "No financial data (income, expenses, assets, liabilities and insurance are all missing): "
                                    + "the demand cannot be diagnosed"));
        }
        InsuranceDiagnosis d = new NeedsAnalyzer(c.policy()).insurance(p, c.asOf());
        Map<String, Figure> gaps = new LinkedHashMap<>();
        gaps.put("lifeGap", d.gap());
        gaps.put("criticalIllnessGap", d.health().gap());
        gaps.put("retirementGap", d.retirement().gap());
        return classify(c, gaps);
    }

    private DimensionResult classify(Context c, Map<String, Figure> gaps) {
        Policy.Demand policy = c.policy().schemes().demand();
        AdvisoryRecords register = c.customer().advisory();
        List<String> withGap = new ArrayList<>();
        Figure notComputable = null;
        FrozenMap.Builder inputs = FrozenMap.builder(6);
        for (var e : gaps.entrySet()) {
            Figure gap = e.getValue();
            inputs.put(e.getKey(), gap.amount());
            if (!gap.isKnown()) {
                notComputable = notComputable == null ? gap : notComputable;
            } else if (gap.amount().signum() > 0) {
                withGap.add(e.getKey());
            }
        }
        inputs.put("openNeeds", register.openNeeds());
        inputs.put("needAreas", register.needAreas());
        Map<String, Object> in = inputs.build();
        int open = register.openNeeds();
        if (withGap.size() >= policy.minGaps()) {
            return DimensionResult.of(dimension(), "HIGH", in, Reason.deferred("gaps", () -> Label.of(list(c, gaps, withGap, true) + "，共 " + withGap.size() + " 项缺口（≥ " + policy.minGaps() + "） → 高需求",
                    capitalised(list(c, gaps, withGap, false)) + ": " + withGap.size() + " gaps (≥ " + policy.minGaps()
                            + ") → High demand")));
        }
        if (open >= policy.minOpenNeeds()) {
            return openNeeds(in, open, policy);
        }
        List<String> uncovered = withGap.stream()
                .filter(gap -> !register.needAreas().contains(policy.gapAreas().get(gap))).toList();
        if (!uncovered.isEmpty()) {
            Label area = PlanningArea.valueOf(policy.gapAreas().get(uncovered.get(0))).label();
            return DimensionResult.of(dimension(), "LATENT", in, Reason.deferred("uncoveredGap", () -> Label.of(
                    list(c, gaps, uncovered, true) + "，需求登记中没有“" + area.zh() + "”领域的需求 → 潜在需求",
                    capitalised(list(c, gaps, uncovered, false)) + ", and no need of the area '" + area.en()
                            + "' in the register → Latent demand")));
        }
        if (withGap.isEmpty() && notComputable != null && gaps.values().stream().noneMatch(Figure::isKnown)) {
            Figure first = notComputable;
            return DimensionResult.unknown(dimension(), in, Reason.deferred("gapsNotComputable", () -> Label.of(
                    "保障与养老缺口均无法计算：" + first.workings().zh(),
                    "None of the protection and retirement gaps can be computed: " + first.workings().en())));
        }
        return DimensionResult.of(dimension(), "LOW", in, Reason.deferred("low", () -> Label.of(
                (withGap.isEmpty() ? "无保障或养老缺口" : list(c, gaps, withGap, true) + " 已有需求登记")
                        + "，未结需求 " + open + " 项（< " + policy.minOpenNeeds() + "） → 低需求",
                (withGap.isEmpty() ? "No protection or retirement gap"
                        : capitalised(list(c, gaps, withGap, false)) + " already in the needs register")
                        + "; " + open + " open needs (< " + policy.minOpenNeeds() + ") → Low demand")));
    }

    private DimensionResult openNeeds(Map<String, Object> inputs, int open, Policy.Demand policy) {
        return DimensionResult.of(dimension(), "HIGH", inputs, Reason.deferred("openNeeds", () -> Label.of("需求登记中有 " + open + " 项未结需求（≥ " + policy.minOpenNeeds() + "） → 高需求",
                open + " open needs in the register (≥ " + policy.minOpenNeeds() + ") → High demand")));
    }

    private static String list(Context c, Map<String, Figure> gaps, List<String> codes, boolean zh) {
        List<String> parts = new ArrayList<>();
        for (String code : codes) {
            BigDecimal amount = gaps.get(code).amount();
            Label name = GAP_NAMES.get(code);
            parts.add(zh ? name.zh() + " " + c.amount(amount).zh() : name.en() + " " + c.amount(amount).en());
        }
        return String.join(zh ? "、" : ", ", parts);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
