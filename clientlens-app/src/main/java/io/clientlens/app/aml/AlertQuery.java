package io.clientlens.app.aml;

import io.clientlens.aml.monitor.AlertRule;

/** Which alerts to read: every one, or those of a customer and/or a rule. */
public record AlertQuery(String customerId, AlertRule rule) {
    public static final AlertQuery ALL = new AlertQuery(null, null);

    public static AlertQuery ofCustomer(String customerId) {
        return new AlertQuery(customerId, null);
    }
}
