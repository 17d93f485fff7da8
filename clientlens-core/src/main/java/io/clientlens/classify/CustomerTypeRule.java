package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.code.Label;
import io.clientlens.customer.CustomerType;

final class CustomerTypeRule implements DimensionRule {
    @Override
    public Dimension dimension() {
        return Dimension.CUSTOMER_TYPE;
    }

    @Override
    public DimensionResult apply(Context c) {
        CustomerType type = c.customer().type();
        if (type == null) {
            return DimensionResult.unknown(dimension(), Context.inputs("type", null),
                    new Reason("typeMissing", "客户类型未登记", "Customer type is not recorded"));
        }
        String zh = type == CustomerType.CORPORATE ? "企业客户" : "个人客户";
        return DimensionResult.of(dimension(), type.name(), Context.inputs("type", type.name()),
                Reason.deferred("recordedType", () -> Label.of(
                        "登记的客户类型为" + zh, "Recorded customer type is " + type.name())));
    }
}
