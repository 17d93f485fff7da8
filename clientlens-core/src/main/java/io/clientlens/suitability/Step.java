package io.clientlens.suitability;

import io.clientlens.code.Label;

/** What may still stand between a check and the sale. */
public enum Step {
    /**
     * Every sale: the customer copies out the confirmation sentence of the risk disclosure, and the
     * customer and the RM sign on screen; on the customer's own initiative for a high market-risk
     * product also the face-to-face explanation and the confirmation that the purchase is their own idea.
     */
    WRITTEN_CONFIRMATION(Label.of("风险揭示确认：客户抄写确认语句，客户与理财经理签名",
            "Risk disclosure confirmed: the customer copies out the sentence; customer and RM sign")),
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
