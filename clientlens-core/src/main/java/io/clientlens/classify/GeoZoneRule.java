package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;

/** 南方/北方 by the customer's province-level region: the policy's map along the Qinling–Huaihe line (docs/POLICY.md). */
final class GeoZoneRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.GEO_ZONE;
    }

    @Override
    public DimensionResult apply(Context c) {
        Provinces.Located where = Provinces.locate(c.customer(), c.policy().schemes().geography());
        if (!where.found()) {
            return Provinces.notFound(dimension(), where);
        }
        var p = where.province();
        var label = dimension().labelOf(p.zone());
        return DimensionResult.of(dimension(), p.zone(), Provinces.inputs(where),
                Reason.deferred("byProvince." + p.zone(), () -> Label.of(
                        p.name() + "位于秦岭—淮河一线以" + (p.zone().equals("NORTH") ? "北" : "南")
                        + "（政策地区表） → " + label.zh(),
                        p.en() + " lies " + (p.zone().equals("NORTH") ? "north" : "south")
                                + " of the Qinling–Huaihe line (policy region map) → " + label.en())));
    }
}
