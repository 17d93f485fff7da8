package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;

final class RegionRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.REGION;
    }

    @Override
    public DimensionResult apply(Context c) {
        String region = c.customer().region();
        if (region == null || region.isBlank()) {
            return DimensionResult.unknown(dimension(), Context.inputs("region", null),
                    new Reason("regionMissing", "地址/地区未登记", "Address or district is not recorded"));
        }
        return DimensionResult.of(dimension(), region.trim(), Context.inputs("region", region.trim()),
                Reason.deferred("recordedRegion", () -> Label.of(
                        "按登记地址所在地区：" + region.trim(),
                        "From the recorded address or district: " + region.trim())));
    }
}
