package io.clientlens.classify;

import io.clientlens.code.Dimension;
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
        var label = dimension().labelOf(type.name());
        return DimensionResult.of(dimension(), type.name(), Context.inputs("type", type.name()),
                new Reason("recordedType", "登记的客户类型为" + label.zh(), "Recorded customer type: " + label.en()));
    }
}
