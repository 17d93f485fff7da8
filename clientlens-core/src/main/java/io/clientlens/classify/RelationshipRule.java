package io.clientlens.classify;

import io.clientlens.code.Dimension;

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
                    new Reason("noAccount", "截至 " + c.asOf() + " 未开立任何账户 → 潜在客户",
                            "No account opened on or before " + c.asOf() + " → Prospect"));
        }
        return DimensionResult.of(dimension(), "CUSTOMER",
                Context.inputs("linkedAccounts", accounts, "tenureDays", c.customer().tenureDays()),
                new Reason("hasAccount", "截至 " + c.asOf() + " 已开立 " + accounts + " 个账户 → 现有客户",
                        accounts + " account(s) opened on or before " + c.asOf() + " → Customer"));
    }
}
