package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.policy.Policy;

final class LoyaltyRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.LOYALTY;
    }

    @Override
    public DimensionResult apply(Context c) {
        CustomerFeatures f = c.customer();
        if (!f.isCustomer()) {
            return c.prospectUnknown(dimension());
        }
        Policy.Loyalty p = c.policy().loyalty();
        int tenure = f.tenureDays();
        Integer since = f.daysSinceLastActivity();
        String frequency = c.earlier(Dimension.FREQUENCY).code();
        int productTypes = f.productTypesHeld().size();
        var inputs = Context.inputs("tenureDays", tenure, "daysSinceLastActivity", since,
                "openLinkedAccounts", f.openLinkedAccounts(), "frequency", frequency,
                "productTypesHeld", f.productTypesHeld());
        String sinceZh = since == null ? "从无主动交易" : "最近一次主动交易在 " + since + " 天前";
        String sinceEn = since == null ? "no customer transaction ever" : "last customer transaction " + since + " days ago";

        if (f.openLinkedAccounts() == 0) {
            return DimensionResult.of(dimension(), "CHURNED", inputs,
                    new Reason("allAccountsClosed", "所有账户均已销户 → 流失客户", "Every account is closed → Churned"));
        }
        if (tenure >= p.churnMinTenureDays() && (since == null || since >= p.churnInactiveDays())) {
            return DimensionResult.of(dimension(), "CHURNED", inputs,
                    Reason.deferred("inactive", () -> Label.of(
                            "客户关系 " + tenure + " 天（≥ " + p.churnMinTenureDays() + "），" + sinceZh
                            + "，近 " + p.churnInactiveDays() + " 天无主动交易 → 流失客户",
                            "Relationship of " + tenure + " days (≥ " + p.churnMinTenureDays() + "), " + sinceEn
                                    + ": no activity in the last " + p.churnInactiveDays() + " days → Churned")));
        }
        boolean longEnough = tenure >= p.loyalMinTenureDays();
        boolean recent = since != null && since < p.loyalRecentActivityDays();
        boolean engaged = "HIGH".equals(frequency) || productTypes >= p.loyalMinProductTypes();
        if (longEnough && recent && engaged) {
            String why = "HIGH".equals(frequency) ? "高频客户" : "持有 " + productTypes + " 类产品";
            String whyEn = "HIGH".equals(frequency) ? "high frequency" : productTypes + " product types held";
            return DimensionResult.of(dimension(), "LOYAL", inputs,
                    Reason.deferred("loyal", () -> Label.of(
                            "客户关系 " + tenure + " 天（≥ " + p.loyalMinTenureDays() + "），" + sinceZh
                            + "（< " + p.loyalRecentActivityDays() + " 天），" + why + " → 忠诚客户",
                            "Relationship of " + tenure + " days (≥ " + p.loyalMinTenureDays() + "), " + sinceEn
                                    + " (< " + p.loyalRecentActivityDays() + "), " + whyEn + " → Loyal")));
        }
        String missingZh = !longEnough ? "客户关系不足 " + p.loyalMinTenureDays() + " 天"
                : !recent ? "近 " + p.loyalRecentActivityDays() + " 天无主动交易"
                : "非高频且持有产品少于 " + p.loyalMinProductTypes() + " 类";
        String missingEn = !longEnough ? "relationship shorter than " + p.loyalMinTenureDays() + " days"
                : !recent ? "no activity in the last " + p.loyalRecentActivityDays() + " days"
                : "not high frequency and fewer than " + p.loyalMinProductTypes() + " product types";
        return DimensionResult.of(dimension(), "GENERAL", inputs,
                Reason.deferred("general", () -> Label.of(
                        "未流失，但" + missingZh + " → 一般客户",
                        "Not churned, but " + missingEn + " → General")));
    }
}
