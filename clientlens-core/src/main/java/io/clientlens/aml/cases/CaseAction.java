package io.clientlens.aml.cases;

import io.clientlens.code.Label;

/** One step a compliance officer takes on a case; every step is audited with its opinion. */
public sealed interface CaseAction {

    /** The action's code as audited: START_REVIEW, PROPOSE, APPROVE, REJECT, FILE_STR. */
    String code();

    Label label();

    /** The officer's opinion (required except to start the review). */
    String opinion();

    /** An open case goes under review. */
    record StartReview(String opinion) implements CaseAction {
        public String code() { return "START_REVIEW"; }
        public Label label() { return Label.of("开始审查", "Start the review"); }
    }

    /** The officer decides; exit and STR wait for a second officer, the others take effect at once. */
    record Propose(CaseDecision decision, String opinion) implements CaseAction {
        public String code() { return "PROPOSE"; }
        public Label label() { return Label.of("提出决定", "Decide or propose"); }
    }

    /** A second officer (not the proposer) approves the proposed exit or STR. */
    record Approve(String opinion) implements CaseAction {
        public String code() { return "APPROVE"; }
        public Label label() { return Label.of("复核同意", "Approve"); }
    }

    /** A second officer (not the proposer) sends the proposal back to review. */
    record Reject(String opinion) implements CaseAction {
        public String code() { return "REJECT"; }
        public Label label() { return Label.of("复核退回", "Send back"); }
    }

    /** The approved STR was filed with the authority. */
    record FileStr(String opinion) implements CaseAction {
        public String code() { return "FILE_STR"; }
        public Label label() { return Label.of("已报送可疑交易报告", "STR filed"); }
    }
}
