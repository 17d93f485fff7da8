package io.clientlens.suitability;

import io.clientlens.code.Label;

/** What may still stand between a check and the sale. */
public enum Step {
    WRITTEN_CONFIRMATION(Label.of("面对面风险揭示并由客户书面确认主动购买", "Face-to-face risk explanation and the customer's written confirmation")),
    OVERRIDE_DOCUMENT(Label.of("特别文件：银行意见、客户意愿及说明，客户与理财经理签字", "Override document: bank's opinion, customer's wish, notes, signed by customer and RM")),
    SUPERVISOR_REVIEW(Label.of("业务主管复核", "Supervisor review")),
    SECOND_APPROVAL(Label.of("财富管理负责人二次审批", "Second approval by the head of wealth management"));

    private final Label label;

    Step(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }
}
