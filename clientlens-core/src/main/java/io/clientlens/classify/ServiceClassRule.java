package io.clientlens.classify;

import io.clientlens.code.Dimension;

/** A/B/C service class (docs/POLICY.md): decides which service and channels the customer is offered. */
final class ServiceClassRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.SERVICE_CLASS;
    }

    @Override
    public DimensionResult apply(Context c) {
        String value = c.earlier(Dimension.VALUE_CLASS).code();
        String tier = c.earlier(Dimension.AUM_TIER).code();
        String relationship = c.earlier(Dimension.RELATIONSHIP).code();
        var inputs = Context.inputs("valueClass", value, "aumTier", tier, "relationship", relationship);
        if ("CORE".equals(value) || "PRIVATE".equals(tier)) {
            return DimensionResult.of(dimension(), "A", inputs,
                    new Reason("keyCustomer", "核心客户或私人银行客户 → A类重要客户",
                            "Core customer or private-banking tier → A key customer"));
        }
        if ("POTENTIAL".equals(value) || "PROSPECT".equals(relationship)) {
            return DimensionResult.of(dimension(), "C", inputs,
                    new Reason("prospective", "潜力客户或潜在客户 → C类潜在客户",
                            "Potential customer or prospect → C prospective customer"));
        }
        return DimensionResult.of(dimension(), "B", inputs,
                new Reason("general", "非核心、非私行、非潜力客户 → B类一般客户",
                        "Neither core, private banking nor potential → B general customer"));
    }
}
