package io.clientlens.aml.cases;

import io.clientlens.code.Label;

/**
 * What compliance decides on a case. Ending the relationship and reporting a suspicious transaction need a second
 * compliance officer (four eyes, docs/AML.md).
 */
public enum CaseDecision {
    NO_ACTION(Label.of("不采取措施", "No action")),
    ENHANCED_MONITORING(Label.of("加强监测", "Enhanced monitoring")),
    EXIT_RELATIONSHIP(Label.of("终止业务关系", "Exit the relationship")),
    REPORT_STR(Label.of("报送可疑交易报告", "Report a suspicious transaction (STR)"));

    private final Label label;

    CaseDecision(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }

    /** Takes effect only when a second, different compliance officer approves it. */
    public boolean needsSecondOfficer() {
        return this == EXIT_RELATIONSHIP || this == REPORT_STR;
    }
}
