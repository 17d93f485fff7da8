package io.clientlens.app.needs;

import io.clientlens.classify.DimensionResult;
import io.clientlens.classify.Reason;
import io.clientlens.code.Label;
import io.clientlens.needs.Figure;
import io.clientlens.needs.FourAccountsBudget;
import io.clientlens.needs.GoalView;
import io.clientlens.needs.HouseholdFigures;
import io.clientlens.needs.InsuranceDiagnosis;
import io.clientlens.needs.Need;
import io.clientlens.needs.NeedsAnalysis;
import io.clientlens.needs.NeedsNotApplicable;
import io.clientlens.needs.NeedsOutcome;
import io.clientlens.needs.RatioResult;
import io.clientlens.needs.ValueLine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The needs diagnosis as a JSON document (REST and {@code needs --format json}). Amounts are plain
 * numbers, null when not computable; each has its workings (or the reason) in zh and en next to it.
 */
public final class NeedsDocument {
    private NeedsDocument() {
    }

    /**
     * The document of a diagnosis; {@code status} says which: {@code ANALYSED} with every figure, or
     * {@code NOT_APPLICABLE} with the reason (a corporate customer) and nothing else.
     */
    public static Map<String, Object> of(NeedsOutcome outcome) {
        return outcome instanceof NeedsNotApplicable na ? notApplicable(na) : analysed((NeedsAnalysis) outcome);
    }

    private static Map<String, Object> notApplicable(NeedsNotApplicable na) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("customerId", na.customerId());
        d.put("asOf", na.asOf().toString());
        d.put("policyVersion", na.policyVersion());
        d.put("status", NeedsNotApplicable.CODE);
        d.put("reason", reason(na.reason()));
        return d;
    }

    private static Map<String, Object> analysed(NeedsAnalysis a) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("customerId", a.customerId());
        d.put("asOf", a.asOf().toString());
        d.put("policyVersion", a.policyVersion());
        d.put("status", "ANALYSED");
        HouseholdFigures f = a.figures();
        d.put("incomeStatement", statement(f.incomeLines(), f.netIncome(), f.expenseLines(), f.expenses(),
                List.of(f.monthlyDebtPayment(), f.debtRepayment(), f.outflow(), f.surplus(), f.monthlyOutflow(), f.monthlyNetIncome())));
        d.put("balanceSheet", statement(f.assetLines(), f.totalAssets(), f.liabilityBalances(), f.liabilities(),
                List.of(f.liquidAssets(), f.financialAssets(), f.investmentAssets(), f.netAssets(), f.familyLivingExpenses())));
        Map<String, Object> ratios = new LinkedHashMap<>();
        a.ratios().forEach(r -> ratios.put(r.code(), ratio(r)));
        d.put("ratios", ratios);
        d.put("lifeStage", lifeStage(a.lifeStage()));
        d.put("priorities", a.lifeCycle().map(p -> p.priorities().stream().map(x -> coded(x.name(), x.label())).toList()).orElse(List.of()));
        d.put("preferences", a.lifeCycle().map(p -> p.preferences().stream().map(x -> coded(x.name(), x.label())).toList()).orElse(List.of()));
        d.put("lifeCycleFocus", a.lifeCycle().map(p -> label(p.focus())).orElse(null));
        d.put("goals", a.goals().stream().map(NeedsDocument::goal).toList());
        InsuranceDiagnosis ins = a.insurance();
        Map<String, Object> insurance = new LinkedHashMap<>();
        insurance.put("need", ins.need().amount());
        insurance.put("resources", ins.resources().amount());
        insurance.put("gap", ins.gap().amount());
        insurance.put("supportYears", ins.supportYears().amount());
        insurance.put("terms", Map.of("need", figures(ins.needTerms()), "resources", figures(ins.resourceTerms()),
                "supportYears", figure(ins.supportYears())));
        insurance.put("workings", Map.of("need", label(ins.need().workings()), "resources", label(ins.resources().workings()),
                "gap", label(ins.gap().workings())));
        d.put("insurance", insurance);
        d.put("health", gap(ins.health().gap(), Map.of("target", ins.health().target(), "cover", ins.health().cover())));
        d.put("retirement", gap(ins.retirement().gap(), Map.of("need", ins.retirement().need(), "provision", ins.retirement().provision())));
        d.put("fourAccounts", fourAccounts(a.fourAccounts()));
        d.put("valueEquation", a.valueEquation().stream().map(NeedsDocument::valueLine).toList());
        return d;
    }

    public static Map<String, Object> need(Need n, Integer rank) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("rank", rank);
        m.put("customerId", n.customerId());
        m.put("title", n.title());
        m.put("area", n.area() == null ? null : n.area().name());
        m.put("expectation", n.expectation().name());
        m.put("voice", n.voice().name());
        m.put("nature", n.nature().name());
        m.put("source", n.source().name());
        m.put("sourceRef", n.sourceRef());
        m.put("importance", n.importance());
        m.put("urgency", n.urgency());
        m.put("cost", n.cost());
        m.put("leadsToProposal", n.leadsToProposal());
        m.put("status", n.status().name());
        m.put("statusLabel", label(n.status().label()));
        m.put("identifiedBy", n.identifiedBy());
        m.put("reviewedBy", n.reviewedBy());
        m.put("updatedAt", n.updatedAt() == null ? null : n.updatedAt().toString());
        return m;
    }

    private static Map<String, Object> statement(List<Figure> lines, Figure total, List<Figure> otherLines, Figure otherTotal,
                                                 List<Figure> derived) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lines", figures(lines));
        m.put(total.code(), figure(total));
        m.put(otherTotal.code() + "Lines", figures(otherLines));
        m.put(otherTotal.code(), figure(otherTotal));
        derived.forEach(x -> m.put(x.code(), figure(x)));
        return m;
    }

    private static Map<String, Object> ratio(RatioResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", r.value());
        m.put("verdict", r.verdict().name());
        m.put("name", label(r.name()));
        m.put("formula", label(r.formula()));
        Map<String, Object> healthy = new LinkedHashMap<>();
        healthy.put("min", r.healthy().min());
        healthy.put("max", r.healthy().max());
        m.put("healthy", healthy);
        m.put("workings", label(r.workings()));
        m.put("advice", label(r.advice()));
        return m;
    }

    private static Map<String, Object> lifeStage(DimensionResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("label", label(r.label()));
        m.put("reasons", r.reasons().stream().map(NeedsDocument::reason).toList());
        return m;
    }

    private static Map<String, Object> reason(Reason r) {
        Map<String, Object> m = new LinkedHashMap<>(); // in this order, so that the document reads the same every time
        m.put("rule", r.rule());
        m.put("zh", r.zh());
        m.put("en", r.en());
        return m;
    }

    private static Map<String, Object> goal(GoalView g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", g.type().name());
        m.put("typeLabel", label(g.typeLabel()));
        m.put("targetAmount", g.targetAmount());
        m.put("targetDate", g.targetDate() == null ? null : g.targetDate().toString());
        m.put("priority", g.priority());
        m.put("nature", g.nature() == null ? null : g.nature().name());
        m.put("maslow", g.maslow() == null ? null : g.maslow().name());
        m.put("why", label(g.why()));
        return m;
    }

    private static Map<String, Object> gap(Figure gap, Map<String, Figure> parts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gap", gap.amount());
        m.put("workings", label(gap.workings()));
        parts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> m.put(e.getKey(), figure(e.getValue())));
        return m;
    }

    private static Map<String, Object> fourAccounts(FourAccountsBudget b) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Figure f : List.of(b.incomeProtectionPremium(), b.incomeProtectionCoverMin(), b.incomeProtectionCoverMax(),
                b.healthPremiumMin(), b.healthPremiumMax(), b.annuityPremium(), b.wealth())) {
            m.put(f.code(), figure(f));
        }
        return m;
    }

    private static Map<String, Object> valueLine(ValueLine v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", v.code());
        m.put("risk", label(v.risk()));
        m.put("gap", v.gap().amount());
        m.put("annualCost", v.annualCost().amount());
        m.put("gapInYearsOfIncome", v.gapInYearsOfIncome());
        m.put("costShareOfIncome", v.costShareOfIncome());
        m.put("statement", label(v.statement()));
        return m;
    }

    static List<Map<String, Object>> figures(List<Figure> figures) {
        return figures.stream().map(NeedsDocument::figure).toList();
    }

    static Map<String, Object> figure(Figure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", f.code());
        m.put("name", label(f.name()));
        m.put("amount", f.amount());
        m.put("workings", label(f.workings()));
        return m;
    }

    private static Map<String, Object> coded(String code, Label label) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("zh", label.zh());
        m.put("en", label.en());
        return m;
    }

    static Map<String, Object> label(Label l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zh", l.zh());
        m.put("en", l.en());
        return m;
    }
}
