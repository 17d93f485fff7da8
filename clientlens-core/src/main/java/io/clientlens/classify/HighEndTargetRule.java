package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.customer.CustomerType;

import java.math.BigDecimal;

/**
 * 中高端客户营销目标: KYC net assets at all institutions, so it applies to prospects too; it is a
 * target among individuals, so a company is UNKNOWN with the reason.
 */
final class HighEndTargetRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.HIGH_END_TARGET;
    }

    @Override
    public DimensionResult apply(Context c) {
        if (c.customer().type() == CustomerType.CORPORATE) {
            return DimensionResult.unknown(dimension(), Context.inputs("type", "CORPORATE"),
                    new Reason("corporate", "企业客户：中高端客户营销目标只适用于个人客户",
                            "Corporate customer: the high-end marketing target applies to individuals only"));
        }
        var profile = c.customer().profile();
        BigDecimal netAssets = profile == null ? null : profile.netAssets();
        BigDecimal threshold = c.policy().aumTier().highEndMinNetAssets();
        if (netAssets == null) {
            return DimensionResult.unknown(dimension(), Context.inputs("netAssets", null, "threshold", threshold),
                    new Reason("noBalanceSheet", "KYC资料中无资产信息，无法计算净资产",
                            "No assets in the KYC profile: net assets cannot be computed"));
        }
        boolean target = netAssets.compareTo(threshold) >= 0;
        return DimensionResult.of(dimension(), target ? "YES" : "NO",
                Context.inputs("netAssets", netAssets, "threshold", threshold),
                Reason.deferred(target ? "netAssetsAtLeastThreshold" : "netAssetsBelowThreshold", () -> {
                    Context.AmountText netText = c.amount(netAssets);
                    Context.AmountText thresholdText = c.amount(threshold);
                    return Label.of("净资产 " + netText.zh() + (target ? " ≥ " : " < ") + thresholdText.zh()
                                    + (target ? " → 中高端客户营销目标" : " → 非中高端营销目标"),
                            "Net assets " + netText.en() + (target ? " ≥ " : " < ") + thresholdText.en()
                                    + (target ? " → high-end marketing target" : " → not a high-end target"));
                }));
    }
}
