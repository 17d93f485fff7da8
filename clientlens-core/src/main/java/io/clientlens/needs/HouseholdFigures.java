package io.clientlens.needs;

import io.clientlens.code.Label;
import io.clientlens.customer.Assets;
import io.clientlens.customer.Expenses;
import io.clientlens.customer.Income;
import io.clientlens.customer.Liability;
import io.clientlens.customer.Profile;

import java.util.ArrayList;
import java.util.List;

import static io.clientlens.needs.Arithmetic.Term.minus;
import static io.clientlens.needs.Arithmetic.Term.plus;

/**
 * The definitions of docs/NEEDS.md over one profile, each a {@link Figure} with its workings.
 * A missing group (income, expenses, assets, liabilities) makes every figure that needs it not
 * computable; it is never taken as zero, because "no data" and "nothing" are different facts.
 */
public record HouseholdFigures(
        List<Figure> incomeLines, Figure netIncome,
        List<Figure> expenseLines, Figure expenses,
        List<Figure> liabilityPayments, Figure monthlyDebtPayment, Figure debtRepayment,
        Figure outflow, Figure surplus, Figure monthlyOutflow, Figure monthlyNetIncome,
        List<Figure> assetLines, Figure liquidAssets, Figure financialAssets, Figure investmentAssets, Figure totalAssets,
        List<Figure> liabilityBalances, Figure liabilities, Figure netAssets,
        Figure familyLivingExpenses) {

    static final Label MONTHS = Label.of("个月", "months");
    static final Label TWELVE = Label.of("月数", "months");

    public static HouseholdFigures of(Profile p) {
        List<Figure> incomeLines = incomeLines(p.income());
        Figure netIncome = group(p.income() == null, "netIncome", Names.NET_INCOME, "income", incomeLines);
        List<Figure> expenseLines = expenseLines(p.expenses());
        Figure expenses = group(p.expenses() == null, "expenses", Names.EXPENSES, "expenses", expenseLines);
        List<Figure> payments = liabilityLines(p.liabilities(), true);
        Figure monthlyDebt = group(p.liabilities() == null, "monthlyDebtPayment", Names.MONTHLY_DEBT_PAYMENT, "liabilities", payments);
        Figure debtRepayment = Arithmetic.times("debtRepayment", Names.DEBT_REPAYMENT, monthlyDebt,
                Figure.known("months", TWELVE, java.math.BigDecimal.valueOf(12), Label.of("一年12个月", "12 months a year")));
        Figure outflow = Arithmetic.sum("outflow", Names.OUTFLOW, List.of(expenses, debtRepayment));
        Figure surplus = Arithmetic.difference("surplus", Names.SURPLUS, netIncome, outflow);
        Figure monthlyOutflow = Arithmetic.dividedBy("monthlyOutflow", Names.MONTHLY_OUTFLOW, outflow, 12, MONTHS);
        Figure monthlyNetIncome = Arithmetic.dividedBy("monthlyNetIncome", Names.MONTHLY_NET_INCOME, netIncome, 12, MONTHS);

        List<Figure> assetLines = assetLines(p.assets());
        boolean noAssets = p.assets() == null;
        Figure liquid = noAssets ? missingGroup("liquidAssets", Names.LIQUID_ASSETS, "assets") : assetLines.get(0).as("liquidAssets", Names.LIQUID_ASSETS);
        Figure financial = group(noAssets, "financialAssets", Names.FINANCIAL_ASSETS, "assets", noAssets ? List.of() : assetLines.subList(0, 7));
        Figure investment = noAssets ? missingGroup("investmentAssets", Names.INVESTMENT_ASSETS, "assets")
                : Arithmetic.combine("investmentAssets", Names.INVESTMENT_ASSETS, List.of(plus(financial), minus(assetLines.get(0)),
                plus(assetLines.get(7)), plus(assetLines.get(10))));
        Figure total = group(noAssets, "totalAssets", Names.TOTAL_ASSETS, "assets", assetLines);
        List<Figure> balances = liabilityLines(p.liabilities(), false);
        Figure liabilities = group(p.liabilities() == null, "liabilities", Names.LIABILITIES, "liabilities", balances);
        Figure netAssets = Arithmetic.difference("netAssets", Names.NET_ASSETS, total, liabilities);
        Figure living = p.expenses() == null ? missingGroup("familyLivingExpenses", Names.FAMILY_LIVING, "expenses")
                : Arithmetic.sum("familyLivingExpenses", Names.FAMILY_LIVING, List.of(expenseLines.get(0), expenseLines.get(1), expenseLines.get(5)));
        return new HouseholdFigures(incomeLines, netIncome, expenseLines, expenses, payments, monthlyDebt, debtRepayment,
                outflow, surplus, monthlyOutflow, monthlyNetIncome, assetLines, liquid, financial, investment, total,
                balances, liabilities, netAssets, living);
    }

    static Figure missingGroup(String code, Label name, String group) {
        return Figure.missing(code, name, () -> Names.groupMissing(group));
    }

    private static Figure group(boolean absent, String code, Label name, String group, List<Figure> lines) {
        return absent ? missingGroup(code, name, group) : Arithmetic.sum(code, name, lines);
    }

    private static List<Figure> incomeLines(Income i) {
        if (i == null) {
            return List.of();
        }
        return List.of(
                Figure.input("salary", Label.of("工资收入", "salary"), i.salary(), "income.salary"),
                Figure.input("business", Label.of("经营收入", "business income"), i.business(), "income.business"),
                Figure.input("investment", Label.of("投资收入", "investment income"), i.investment(), "income.investment"),
                Figure.input("other", Label.of("其他收入", "other income"), i.other(), "income.other"));
    }

    private static List<Figure> expenseLines(Expenses e) {
        if (e == null) {
            return List.of();
        }
        return List.of(
                Figure.input("living", Label.of("日常生活支出", "living"), e.living(), "expenses.living"),
                Figure.input("housing", Label.of("居住支出", "housing"), e.housing(), "expenses.housing"),
                Figure.input("education", Label.of("教育支出", "education"), e.education(), "expenses.education"),
                Figure.input("insurance", Label.of("保险费", "insurance premiums"), e.insurance(), "expenses.insurance"),
                Figure.input("parentsSupport", Label.of("赡养父母", "parents' support"), e.parentsSupport(), "expenses.parentsSupport"),
                Figure.input("other", Label.of("其他支出", "other"), e.other(), "expenses.other"));
    }

    /** Order matters: cash first, the seven financial kinds, then insurance cash value, real estate, vehicles, business equity. */
    private static List<Figure> assetLines(Assets a) {
        if (a == null) {
            return List.of();
        }
        return List.of(
                Figure.input("cash", Label.of("现金及活期存款", "cash and demand deposits"), a.cash(), "assets.cash"),
                Figure.input("timeDeposits", Label.of("定期存款", "time deposits"), a.timeDeposits(), "assets.timeDeposits"),
                Figure.input("wealthProducts", Label.of("理财产品", "wealth products"), a.wealthProducts(), "assets.wealthProducts"),
                Figure.input("funds", Label.of("基金", "funds"), a.funds(), "assets.funds"),
                Figure.input("stocks", Label.of("股票", "stocks"), a.stocks(), "assets.stocks"),
                Figure.input("bonds", Label.of("债券", "bonds"), a.bonds(), "assets.bonds"),
                Figure.input("preciousMetals", Label.of("贵金属", "precious metals"), a.preciousMetals(), "assets.preciousMetals"),
                Figure.input("insuranceCashValue", Label.of("保单现金价值", "insurance cash value"), a.insuranceCashValue(), "assets.insuranceCashValue"),
                Figure.input("realEstate", Label.of("房产", "real estate"), a.realEstate(), "assets.realEstate"),
                Figure.input("vehicles", Label.of("汽车", "vehicles"), a.vehicles(), "assets.vehicles"),
                Figure.input("businessEquity", Label.of("企业股权", "business equity"), a.businessEquity(), "assets.businessEquity"));
    }

    private static List<Figure> liabilityLines(List<Liability> liabilities, boolean monthly) {
        List<Figure> lines = new ArrayList<>();
        if (liabilities == null) {
            return lines;
        }
        for (int i = 0; i < liabilities.size(); i++) {
            Liability l = liabilities.get(i);
            Label kind = Names.liabilityKind(l.kind());
            String field = "liabilities[" + i + "]." + (monthly ? "monthlyPayment" : "outstanding");
            Label name = monthly ? Label.of(kind.zh() + "月供", kind.en() + " monthly payment") : kind;
            lines.add(Figure.input(field, name, monthly ? l.monthlyPayment() : l.outstanding(), field));
        }
        return lines;
    }
}
