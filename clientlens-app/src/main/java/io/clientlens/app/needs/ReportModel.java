package io.clientlens.app.needs;

import io.clientlens.app.customer.MaskedProfile;
import io.clientlens.app.ui.Yuan;
import io.clientlens.code.Label;
import io.clientlens.code.Language;
import io.clientlens.customer.Profile;
import io.clientlens.needs.Figure;
import io.clientlens.needs.FinancialHealth;
import io.clientlens.needs.FourAccountsBudget;
import io.clientlens.needs.HouseholdFigures;
import io.clientlens.needs.InsuranceDiagnosis;
import io.clientlens.needs.NeedsAnalysis;
import io.clientlens.needs.NeedsNotApplicable;
import io.clientlens.needs.NeedsOutcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * What the report template shows, already in one language: rows of figures with their workings,
 * the ratios, and bars for the charts (plain HTML boxes, so that the PDF needs no script or SVG).
 * Identity data is masked here, before it reaches the template.
 */
final class ReportModel {
    record Row(String name, String amount, String workings, boolean total) {
    }

    record RatioRow(String name, String formula, String value, String range, String verdict, String verdictCode,
                    String workings, String advice) {
    }

    record Bar(String label, String amount, double percent, String kind) {
        /** The bar's length in whole percent, for its class w-0 … w-100 in needs-report.css (no style attribute). */
        public int width() {
            return (int) Math.max(0, Math.min(100, Math.round(percent)));
        }
    }

    record Chart(String title, List<Bar> bars) {
    }

    private final Language lang;

    private ReportModel(Language lang) {
        this.lang = lang;
    }

    static Map<String, Object> of(Profile profile, NeedsOutcome outcome, List<Map<String, Object>> register, Language lang) {
        ReportModel model = new ReportModel(lang);
        Map<String, Object> m = model.heading(profile, outcome, register);
        if (outcome instanceof NeedsNotApplicable na) {
            m.put("notApplicable", lang == Language.EN ? na.reason().en() : na.reason().zh());
        } else {
            model.analysis(m, (NeedsAnalysis) outcome);
        }
        return m;
    }

    /** What every report shows: who, when, under which policy, and the needs register. */
    private Map<String, Object> heading(Profile profile, NeedsOutcome outcome, List<Map<String, Object>> register) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", lang == Language.EN ? "en" : "zh");
        m.put("identity", MaskedProfile.identity(profile));
        m.put("customerId", outcome.customerId());
        m.put("asOf", outcome.asOf().toString());
        m.put("policyVersion", outcome.policyVersion());
        m.put("t", ReportText.in(lang));
        m.put("register", register);
        return m;
    }

    private void analysis(Map<String, Object> m, NeedsAnalysis a) {
        HouseholdFigures f = a.figures();
        m.put("income", rows(f.incomeLines(), f.netIncome()));
        m.put("expenses", rows(f.expenseLines(), f.expenses()));
        m.put("cashflow", rows(List.of(f.monthlyDebtPayment(), f.debtRepayment(), f.outflow(), f.surplus(), f.monthlyOutflow()), null));
        m.put("assets", rows(f.assetLines(), f.totalAssets()));
        m.put("liabilities", rows(f.liabilityBalances(), f.liabilities()));
        m.put("balance", rows(List.of(f.liquidAssets(), f.financialAssets(), f.investmentAssets(), f.netAssets()), null));
        m.put("balanceChart", chart(t("资产负债结构", "Balance sheet"), List.of(
                bar(f.financialAssets(), "asset"), bar(f.totalAssets(), "asset"), bar(f.liabilities(), "debt"), bar(f.netAssets(), "net"))));
        m.put("ratios", a.ratios().stream().map(r -> new RatioRow(t(r.name()), t(r.formula()),
                r.value() == null ? "—" : r.value().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                FinancialHealth.rangeText(r.healthy()), t(r.verdict().label()), r.verdict().name(), t(r.workings()), t(r.advice()))).toList());
        m.put("lifeStage", t(a.lifeStage().label()));
        m.put("lifeStageReason", a.lifeStage().reasons().isEmpty() ? "" : lang == Language.EN
                ? a.lifeStage().reasons().get(0).en() : a.lifeStage().reasons().get(0).zh());
        m.put("priorities", a.lifeCycle().map(p -> p.priorities().stream().map(x -> t(x.label())).toList()).orElse(List.of()));
        m.put("preferences", a.lifeCycle().map(p -> String.join(" > ", p.preferences().stream().map(x -> t(x.label())).toList())).orElse("—"));
        m.put("focus", a.lifeCycle().map(p -> t(p.focus())).orElse(""));
        m.put("goals", a.goals().stream().map(g -> Map.of(
                "type", t(g.typeLabel()),
                "amount", g.targetAmount() == null ? "—" : Yuan.exact(g.targetAmount()),
                "date", g.targetDate() == null ? "—" : g.targetDate().toString(),
                "nature", g.nature() == null ? "—" : t(g.nature().label()),
                "maslow", g.maslow() == null ? "—" : t(g.maslow().label()),
                "why", t(g.why()))).toList());
        InsuranceDiagnosis d = a.insurance();
        m.put("supportYears", row(d.supportYears(), false));
        m.put("needTerms", rows(d.needTerms(), d.need()));
        m.put("resourceTerms", rows(d.resourceTerms(), d.resources()));
        m.put("gap", row(d.gap(), true));
        m.put("health", rows(List.of(d.health().target(), d.health().cover()), d.health().gap()));
        m.put("retirement", rows(List.of(d.retirement().need(), d.retirement().provision()), d.retirement().gap()));
        m.put("gapCharts", List.of(
                chart(t("身故/收入中断：需求 A 与资源 B", "Death / income loss: need A and resources B"),
                        List.of(bar(d.need(), "need"), bar(d.resources(), "have"), bar(d.gap(), "gap"))),
                chart(t("重大疾病", "Critical illness"),
                        List.of(bar(d.health().target(), "need"), bar(d.health().cover(), "have"), bar(d.health().gap(), "gap"))),
                chart(t("养老", "Retirement"),
                        List.of(bar(d.retirement().need(), "need"), bar(d.retirement().provision(), "have"), bar(d.retirement().gap(), "gap")))));
        FourAccountsBudget b = a.fourAccounts();
        m.put("fourAccounts", rows(List.of(b.incomeProtectionPremium(), b.incomeProtectionCoverMin(), b.incomeProtectionCoverMax(),
                b.healthPremiumMin(), b.healthPremiumMax(), b.annuityPremium(), b.wealth()), null));
        m.put("valueEquation", a.valueEquation().stream().map(v -> Map.of("risk", t(v.risk()), "gap", amount(v.gap()),
                "cost", amount(v.annualCost()), "statement", t(v.statement()))).toList());
    }

    private String t(Label label) {
        return label.in(lang);
    }

    private String t(String zh, String en) {
        return lang == Language.EN ? en : zh;
    }

    private List<Row> rows(List<Figure> lines, Figure total) {
        List<Row> rows = new ArrayList<>(lines.stream().map(x -> row(x, false)).toList());
        if (total != null) {
            rows.add(row(total, true));
        }
        return rows;
    }

    private Row row(Figure f, boolean total) {
        return new Row(t(f.name()), amount(f), t(f.workings()), total);
    }

    private String amount(Figure f) {
        return f.isKnown() ? Yuan.exact(f.amount()) : t("无法计算", "n/a");
    }

    private Bar bar(Figure f, String kind) {
        return new Bar(t(f.name()), amount(f), 0, f.isKnown() ? kind : "missing");
    }

    /** Bars scaled to the largest known amount; a negative amount (net assets) is drawn by its size. */
    private Chart chart(String title, List<Bar> bars) {
        BigDecimal max = bars.stream().filter(x -> !x.kind().equals("missing"))
                .map(x -> new BigDecimal(x.amount().replace(",", "")).abs()).reduce(BigDecimal.ZERO, BigDecimal::max);
        return new Chart(title, bars.stream().map(x -> {
            if (x.kind().equals("missing") || max.signum() == 0) {
                return x;
            }
            BigDecimal value = new BigDecimal(x.amount().replace(",", "")).abs();
            double percent = value.multiply(BigDecimal.valueOf(100)).divide(max, 1, RoundingMode.HALF_UP).doubleValue();
            return new Bar(x.label(), x.amount(), percent, x.kind());
        }).toList());
    }

}
