package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;

/** 沿海/内陆 by the customer's province-level region: the policy's map (docs/POLICY.md). */
final class CoastRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.COAST;
    }

    @Override
    public DimensionResult apply(Context c) {
        Provinces.Located where = Provinces.locate(c.customer(), c.policy().schemes().geography());
        if (!where.found()) {
            return Provinces.notFound(dimension(), where);
        }
        var p = where.province();
        boolean coastal = p.coast().equals("COASTAL");
        var label = dimension().labelOf(p.coast());
        return DimensionResult.of(dimension(), p.coast(), Provinces.inputs(where),
                Reason.deferred("byProvince." + p.coast(), () -> Label.of(
                        p.name() + (coastal ? "是沿海省级行政区" : "不临海") + "（政策地区表） → " + label.zh(),
                        p.en() + (coastal ? " is a coastal region" : " has no coast") + " (policy region map) → " + label.en())));
    }
}
