package io.clientlens.service;

import io.clientlens.code.Label;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * How a campaign did (docs/SERVICE.md "Campaigns"; 衡量营销效果): response rate = customers who answered (accepted,
 * declined or attended) / invited; conversion rate = customers with a holding of the campaign's product opened within its
 * window / invited; revenue = the converted amount × the revenue rate; return on cost = (revenue − cost) / cost. A rate
 * of nothing invited, or a return without cost, is not computable (null) and says why.
 */
public record CampaignMeasures(long invited, Map<CampaignResponse, Long> byResponse, long responded, BigDecimal responseRate,
                               long converted, BigDecimal conversionRate, BigDecimal convertedAmount, BigDecimal revenue, BigDecimal cost,
                               BigDecimal returnOnCost, Label explanation) {

    public static CampaignMeasures of(Map<CampaignResponse, Long> byResponse, long converted, BigDecimal convertedAmount,
                                      BigDecimal revenueRate, BigDecimal cost, String currency) {
        long invited = byResponse.values().stream().mapToLong(Long::longValue).sum();
        long responded = byResponse.entrySet().stream().filter(e -> e.getKey().isResponse()).mapToLong(Map.Entry::getValue).sum();
        BigDecimal amount = convertedAmount == null ? BigDecimal.ZERO : convertedAmount;
        BigDecimal revenue = amount.multiply(revenueRate).setScale(2, RoundingMode.HALF_UP);
        BigDecimal responseRate = invited == 0 ? null : share(responded, invited);
        BigDecimal conversionRate = invited == 0 ? null : share(converted, invited);
        BigDecimal roc = cost.signum() == 0 ? null : revenue.subtract(cost).divide(cost, 4, RoundingMode.HALF_UP);
        Label explanation = Label.of(
                "响应率 = 已回复 " + responded + " / 已邀请 " + invited + "；转化率 = 活动期内开立产品的客户 " + converted + " / 已邀请 " + invited
                        + "；收入 = 转化金额 " + Texts.amount(amount, currency).zh() + " × 收益率 " + revenueRate.stripTrailingZeros().toPlainString()
                        + " = " + Texts.amount(revenue, currency).zh() + "；成本 " + Texts.amount(cost, currency).zh()
                        + (roc == null ? "（无成本，投入产出比不可计算）" : ""),
                "response rate = " + responded + " answered / " + invited + " invited; conversion rate = " + converted
                        + " customers who opened the product within the window / " + invited + " invited; revenue = converted "
                        + Texts.amount(amount, currency).en() + " × rate " + revenueRate.stripTrailingZeros().toPlainString() + " = "
                        + Texts.amount(revenue, currency).en() + "; cost " + Texts.amount(cost, currency).en()
                        + (roc == null ? " (no cost: the return on cost is not computable)" : ""));
        return new CampaignMeasures(invited, Map.copyOf(byResponse), responded, responseRate, converted, conversionRate, amount, revenue,
                cost, roc, explanation);
    }

    private static BigDecimal share(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
