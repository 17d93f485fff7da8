package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;

final class RelationshipRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.RELATIONSHIP;
    }

    @Override
    public DimensionResult apply(Context c) {
        int accounts = c.customer().linkedAccounts();
        if (accounts == 0) {
            return DimensionResult.of(dimension(), "PROSPECT", Context.inputs("linkedAccounts", 0),
                    Reason.deferred("noAccount", () -> Label.of(
                            "截至 " + c.asOf() + " 未开立任何账户 → 潜在客户",
                            "No account opened on or before " + c.asOf() + " → Prospect")));
        }
        return DimensionResult.of(dimension(), "CUSTOMER",
                Context.inputs("linkedAccounts", accounts, "tenureDays", c.customer().tenureDays()),
                Reason.deferred("hasAccount", () -> Label.of(
                        "截至 " + c.asOf() + " 已开立 " + accounts + " 个账户 → 现有客户",
                        accounts + " account(s) opened on or before " + c.asOf() + " → Customer")));
    }
}
