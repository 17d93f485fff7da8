package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.customer.InvestmentHistory;
import io.clientlens.policy.Policy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Experienced when non-deposit investments were held for at least minYears in total, or at least
 * minPurchases are on record, counting the KYC declaration (all institutions) and the bank's own
 * holdings; the larger of the two is used so that the bank's holdings are not counted twice.
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
        double years = Math.max(declaredYears, bankYears);
        int purchases = Math.max(declaredPurchases, f.investmentPurchasesAtBank());
        var inputs = Context.inputs("declaredYears", declared == null ? null : declared.years(),
                "declaredPurchases", declared == null ? null : declared.purchases(),
                "investmentDaysAtBank", f.investmentDaysAtBank(), "investmentPurchasesAtBank", f.investmentPurchasesAtBank());
        String yearsText = oneDecimal(years);
        if (years >= p.minYears() || purchases >= p.minPurchases()) {
            return DimensionResult.of(dimension(), "EXPERIENCED", inputs,
                    new Reason(years >= p.minYears() ? "heldLongEnough" : "enoughPurchases",
                            "非存款类投资产品持有 " + yearsText + " 年、购买 " + purchases + " 次（标准：≥ " + p.minYears()
                                    + " 年或 ≥ " + p.minPurchases() + " 次） → 有投资经验",
                            "Non-deposit investments held " + yearsText + " years, " + purchases + " purchases (rule: ≥ "
                                    + p.minYears() + " years or ≥ " + p.minPurchases() + " purchases) → Experienced"));
        }
        String note = declared == null ? "（KYC中无投资经历记录）" : "";
        String noteEn = declared == null ? " (no investment history in the KYC profile)" : "";
        return DimensionResult.of(dimension(), "INEXPERIENCED", inputs,
                new Reason("notEnough", "非存款类投资产品持有 " + yearsText + " 年、购买 " + purchases + " 次，未达 " + p.minYears()
                        + " 年或 " + p.minPurchases() + " 次" + note + " → 无投资经验",
                        "Non-deposit investments held " + yearsText + " years, " + purchases + " purchases: below "
                                + p.minYears() + " year(s) and " + p.minPurchases() + " purchases" + noteEn + " → Inexperienced"));
    }
}
