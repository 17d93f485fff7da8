package io.clientlens.aml.monitor;

import io.clientlens.code.Label;

/** The transaction-monitoring rules (docs/AML.md); the codes are a public contract (alerts, exports, CLI). */
public enum AlertRule {
    LARGE_CASH(Label.of("大额现金", "Large cash")),
    STRUCTURING(Label.of("拆分交易（化整为零）", "Structuring")),
    PROFILE_MISMATCH(Label.of("交易与身份、年龄、收入不符", "Activity inconsistent with the profile")),
    DORMANT_REACTIVATION(Label.of("休眠账户突然启用", "Dormant account reactivated")),
    RAPID_IN_OUT(Label.of("快进快出", "Rapid in and out")),
    MANY_COUNTERPARTIES(Label.of("交易对手众多", "Many counterparties"));

    private final Label label;

    AlertRule(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }
}
