package io.clientlens.aml.cases;

import io.clientlens.code.Label;

/** Where a compliance case stands (docs/AML.md, "Cases"). */
public enum CaseStatus {
    OPEN(Label.of("待处理", "Open")),
    UNDER_REVIEW(Label.of("审查中", "Under review")),
    AWAITING_APPROVAL(Label.of("待第二名合规人员复核", "Awaiting a second officer")),
    DECIDED(Label.of("已决定", "Decided"));

    private final Label label;

    CaseStatus(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }

    /** Not decided yet: new alerts of the customer join this case. */
    public boolean isOpen() {
        return this != DECIDED;
    }
}
