package io.clientlens.needs;

import io.clientlens.code.Label;
import io.clientlens.customer.Profile;
import io.clientlens.policy.Policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.clientlens.needs.Arithmetic.Term.minus;
import static io.clientlens.needs.Arithmetic.Term.plus;

/** The four-accounts budget and the value equation of docs/NEEDS.md. */
final class FourAccounts {
    private FourAccounts() {
    }

    static FourAccountsBudget budget(Profile p, HouseholdFigures f, LocalDate asOf, Policy.Needs n) {
        Policy.FourAccounts a = n.fourAccounts();
        Figure income = f.netIncome();
        Figure protection = share("incomeProtectionPremium", Label.of("收入保障账户保费", "income protection premium"), income,
                a.incomeProtectionPremiumShare(), "fourAccounts.incomeProtectionPremiumShare");
        Figure coverMin = Arithmetic.times("incomeProtectionCoverMin", Label.of("收入保障保额下限", "income protection cover, low"),
                income, Figure.policy("multiple", Label.of("倍数", "multiple"), a.incomeProtectionCoverMin(), "fourAccounts.incomeProtectionCover.min"));
        Figure coverMax = Arithmetic.times("incomeProtectionCoverMax", Label.of("收入保障保额上限", "income protection cover, high"),
                income, Figure.policy("multiple", Label.of("倍数", "multiple"), a.incomeProtectionCoverMax(), "fourAccounts.incomeProtectionCover.max"));
        Figure healthMin = share("healthPremiumMin", Label.of("医疗健康账户保费下限", "health premium, low"), income,
                a.healthPremiumShareMin(), "fourAccounts.healthPremiumShare.min");
        Figure healthMax = share("healthPremiumMax", Label.of("医疗健康账户保费上限", "health premium, high"), income,
                a.healthPremiumShareMax(), "fourAccounts.healthPremiumShare.max");
        Figure annuity = annuity(p, income, asOf, a);
        Figure wealth = Arithmetic.notBelowZero("wealth", Label.of("财富账户", "wealth account"),
                Arithmetic.combine("surplusLeft", Label.of("结余余额", "surplus left"),
                        List.of(plus(f.surplus()), minus(protection), minus(healthMax), minus(annuity))));
        return new FourAccountsBudget(protection, coverMin, coverMax, healthMin, healthMax, annuity, wealth);
    }

    private static Figure share(String code, Label name, Figure income, BigDecimal share, String key) {
        Figure rate = Figure.policy("share", Label.of("比例", "share"), share, key);
        Figure product = Arithmetic.times(code, name, income, rate);
        return product.isKnown() ? Figure.known(code, name, product.amount().setScale(2, RoundingMode.HALF_UP), product.workings())
                : product;
    }

    private static Figure annuity(Profile p, Figure income, LocalDate asOf, Policy.FourAccounts a) {
        Label name = Label.of("年金账户（子女教育、养老）", "annuity (education, pension)");
        if (p.birthDate() == null) {
            return Figure.missing("annuityPremium", name, Label.of("客户出生日期缺失，无法确定年金比例",
                    "the customer's birth date is missing: the annuity share depends on age"));
        }
        int age = InsuranceNeeds.age(p.birthDate(), asOf);
        boolean younger = age < a.annuityAge();
        String key = "fourAccounts.annuityShare." + (younger ? "younger" : "older");
        Figure rate = Figure.known("share", Label.of("比例", "share"), younger ? a.annuityShareYounger() : a.annuityShareOlder(),
                Label.of("客户 " + age + " 岁" + (younger ? " < " : " ≥ ") + a.annuityAge() + "，政策 needs." + key,
                        "customer age " + age + (younger ? " < " : " ≥ ") + a.annuityAge() + ", policy needs." + key));
        Figure product = Arithmetic.times("annuityPremium", name, income, rate);
        return product.isKnown() ? Figure.known("annuityPremium", name, product.amount().setScale(2, RoundingMode.HALF_UP),
                Label.of(product.workings().zh() + "（" + rate.workings().zh() + "）", product.workings().en() + " (" + rate.workings().en() + ")"))
                : product;
    }

    static List<ValueLine> valueEquation(HouseholdFigures f, InsuranceDiagnosis d, FourAccountsBudget b) {
        List<ValueLine> lines = new ArrayList<>();
        lines.add(line("incomeLoss", Label.of("家庭经济支柱身故或失能，收入中断", "the breadwinner dies or cannot work"),
                d.gap(), b.incomeProtectionPremium(), f.netIncome()));
        lines.add(line("criticalIllness", Label.of("罹患重大疾病", "a critical illness"), d.health().gap(), b.healthPremiumMin(), f.netIncome()));
        lines.add(line("retirement", Label.of("退休后生活品质下降", "a lower standard of living in retirement"),
                d.retirement().gap(), b.annuityPremium(), f.netIncome()));
        return lines;
    }

    private static ValueLine line(String code, Label risk, Figure gap, Figure cost, Figure income) {
        boolean shares = income.isKnown() && income.amount().signum() > 0;
        BigDecimal years = shares && gap.isKnown() ? gap.amount().divide(income.amount(), 2, RoundingMode.HALF_UP) : null;
        BigDecimal costShare = shares && cost.isKnown() ? cost.amount().divide(income.amount(), 4, RoundingMode.HALF_UP) : null;
        Label statement;
        if (!gap.isKnown() || !cost.isKnown()) {
            Figure missing = gap.isKnown() ? cost : gap;
            statement = Label.of("无法比较：" + missing.workings().zh(), "cannot be weighed: " + missing.workings().en());
        } else if (gap.amount().signum() == 0) {
            statement = Label.of("已有保障足以覆盖，无缺口", "already covered: no gap");
        } else {
            statement = Label.of(
                    "问题的严重性：缺口 " + Arithmetic.plain(gap.amount()) + (years == null ? "" : "（约 " + years.toPlainString() + " 年净收入）")
                            + "；解决方案的成本：每年约 " + Arithmetic.plain(cost.amount())
                            + (costShare == null ? "" : "（净收入的 " + percent(costShare) + "）"),
                    "How serious: a gap of " + Arithmetic.plain(gap.amount()) + (years == null ? "" : " (about " + years.toPlainString()
                            + " years of net income)") + "; what it costs to cover: about " + Arithmetic.plain(cost.amount())
                            + " a year" + (costShare == null ? "" : " (" + percent(costShare) + " of net income)"));
        }
        return new ValueLine(code, risk, gap, cost, years, costShare, statement);
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
