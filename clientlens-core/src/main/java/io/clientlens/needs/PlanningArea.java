package io.clientlens.needs;

import io.clientlens.code.Label;

/** The six economic planning areas of docs/NEEDS.md. */
public enum PlanningArea {
    CASH_AND_DEBT(Label.of("现金与债务管理", "Cash and debt management")),
    FAMILY_PROTECTION(Label.of("家庭财务保障", "Family financial protection")),
    EDUCATION_AND_RETIREMENT(Label.of("子女教育与养老投资规划", "Children's education and retirement planning")),
    INVESTMENT(Label.of("投资规划", "Investment planning")),
    TAX(Label.of("税务规划", "Tax planning")),
    ESTATE(Label.of("遗嘱遗产规划", "Will and estate planning"));

    private final Label label;

    PlanningArea(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }
}
