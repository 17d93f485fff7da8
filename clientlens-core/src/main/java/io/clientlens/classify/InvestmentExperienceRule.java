package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.customer.InvestmentHistory;
import io.clientlens.policy.Policy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Experienced when non-deposit investments (the policy's investment product types: bank wealth
 * products, funds, bonds, structured products, …) were held for at least minYears in total, or at
 * least minPurchases are on record, in either source: the holdings at the bank (days held, overlaps
 * counted once, and one purchase per holding) or the KYC declaration, which covers all
 * institutions. The sources are compared, not added, so that the bank's holdings are not counted
 * twice; the reason names the source that qualifies and its years and purchases (docs/POLICY.md).
 */
final class InvestmentExperienceRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.INVESTMENT_EXPERIENCE;
    }

    /**
     * The same text as {@code String.format(Locale.ROOT, "%.1f", years)} for finite years ≥ 0:
     * Formatter rounds the shortest decimal form of the double half up, which is what
     * BigDecimal.valueOf does before setScale (checked by a test); Formatter cost more than the rule.
     */
    static String oneDecimal(double years) {
        return BigDecimal.valueOf(years).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public DimensionResult apply(Context c) {
        CustomerFeatures f = c.customer();
        Policy.InvestmentExperience p = c.policy().investmentExperience();
        InvestmentHistory declared = f.profile() == null ? null : f.profile().investmentHistory();
        int declaredYears = declared == null || declared.years() == null ? 0 : declared.years();
        int declaredPurchases = declared == null || declared.purchases() == null ? 0 : declared.purchases();
        double bankYears = f.investmentDaysAtBank() / 365.0;
        boolean atBank = bankYears >= p.minYears() || f.investmentPurchasesAtBank() >= p.minPurchases();
        boolean inKyc = declaredYears >= p.minYears() || declaredPurchases >= p.minPurchases();
        var inputs = Context.inputs("declaredYears", declared == null ? null : declared.years(),
                "declaredPurchases", declared == null ? null : declared.purchases(),
                "investmentDaysAtBank", f.investmentDaysAtBank(), "investmentPurchasesAtBank", f.investmentPurchasesAtBank());
        String rule = atBank && inKyc ? "bankHoldingsAndKycHistory" : atBank ? "bankHoldings" : inKyc ? "kycHistory" : "notEnough";
        return DimensionResult.of(dimension(), atBank || inKyc ? "EXPERIENCED" : "INEXPERIENCED", inputs,
                Reason.deferred(rule, () -> texts(rule, f, p, declared, declaredYears, declaredPurchases)));
    }

    private static Label texts(String rule, CustomerFeatures f, Policy.InvestmentExperience p, InvestmentHistory declared,
                               int declaredYears, int declaredPurchases) {
        double bankYears = f.investmentDaysAtBank() / 365.0;
        String bankZh = "本行持仓：非存款类投资产品累计持有 " + oneDecimal(bankYears) + " 年、购买 " + f.investmentPurchasesAtBank() + " 笔";
        String bankEn = "At the bank: non-deposit investments held " + oneDecimal(bankYears) + " years in total, "
                + f.investmentPurchasesAtBank() + " purchase(s)";
        String kycZh = declared == null ? "KYC：无投资经历记录"
                : "KYC投资经历：" + declaredYears + " 年、购买 " + declaredPurchases + " 次";
        String kycEn = declared == null ? "KYC: no investment history on file"
                : "KYC investment history: " + declaredYears + " years, " + declaredPurchases + " purchase(s)";
        String ruleZh = "≥ " + p.minYears() + " 年或 ≥ " + p.minPurchases() + " 次";
        String ruleEn = "≥ " + p.minYears() + " year(s) or ≥ " + p.minPurchases() + " purchases";
        return switch (rule) {
            case "bankHoldingsAndKycHistory" -> Label.of(bankZh + "；" + kycZh + "；两者均达到 " + ruleZh + " → 有投资经验",
                    bankEn + "; " + kycEn + "; both meet " + ruleEn + " → Experienced");
            case "bankHoldings" -> Label.of(bankZh + "，达到 " + ruleZh + "（" + kycZh + "） → 有投资经验",
                    bankEn + ", meets " + ruleEn + " (" + kycEn + ") → Experienced");
            case "kycHistory" -> Label.of(kycZh + "，达到 " + ruleZh + "（" + bankZh + "） → 有投资经验",
                    kycEn + ", meets " + ruleEn + " (" + bankEn + ") → Experienced");
            default -> Label.of(bankZh + "；" + kycZh + "；均未达 " + ruleZh + " → 无投资经验",
                    bankEn + "; " + kycEn + "; neither meets " + ruleEn + " → Inexperienced");
        };
    }
}
