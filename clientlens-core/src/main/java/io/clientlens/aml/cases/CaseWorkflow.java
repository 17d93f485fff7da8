package io.clientlens.aml.cases;

import io.clientlens.code.Label;
import io.clientlens.suitability.WorkingDays;

import java.time.LocalDate;

/**
 * The case workflow (docs/AML.md, "Cases"): OPEN → UNDER_REVIEW → a decision. NO_ACTION and ENHANCED_MONITORING take
 * effect when the officer decides; EXIT_RELATIONSHIP and REPORT_STR wait (AWAITING_APPROVAL) until a second compliance
 * officer approves — the proposer cannot — or sends them back to review. An approved STR is due within the policy's
 * working days of the approval. A pure function: the caller stores the new state and audits the step.
 */
public final class CaseWorkflow {
    private CaseWorkflow() {
    }

    /**
     * @param officer            the compliance officer acting (user name)
     * @param today              the day of the action
     * @param strDueWorkingDays  working days from an STR's approval to its filing (policy)
     */
    public static CaseStep apply(CaseState s, CaseAction action, String officer, LocalDate today, int strDueWorkingDays) {
        if (officer == null || officer.isBlank()) {
            return refused("须有操作人", "an officer is required");
        }
        boolean needsOpinion = !(action instanceof CaseAction.StartReview);
        if (needsOpinion && (action.opinion() == null || action.opinion().isBlank())) {
            return refused("请填写意见（opinion）", "an opinion is required (opinion)");
        }
        if (action instanceof CaseAction.StartReview) {
            return s.status() != CaseStatus.OPEN
                    ? wrongStatus(s, "只有待处理的案件可以开始审查", "only an open case can go under review")
                    : moved(s, new CaseState(CaseStatus.UNDER_REVIEW, null, null, null, null, null, null));
        }
        if (action instanceof CaseAction.Propose p) {
            if (p.decision() == null) {
                return refused("请选择决定（decision）", "a decision is required (decision)");
            }
            if (s.status() != CaseStatus.UNDER_REVIEW && s.status() != CaseStatus.OPEN) {
                return wrongStatus(s, "只有待处理或审查中的案件可以作出决定", "only an open case or one under review can be decided");
            }
            return p.decision().needsSecondOfficer()
                    ? moved(s, new CaseState(CaseStatus.AWAITING_APPROVAL, p.decision(), officer, null, null, null, null))
                    : moved(s, new CaseState(CaseStatus.DECIDED, null, null, p.decision(), today, null, null));
        }
        if (action instanceof CaseAction.Approve || action instanceof CaseAction.Reject) {
            boolean approve = action instanceof CaseAction.Approve;
            if (s.status() != CaseStatus.AWAITING_APPROVAL) {
                return wrongStatus(s, "没有待复核的决定", "there is no proposal to " + (approve ? "approve" : "send back"));
            }
            if (officer.equals(s.proposedBy())) {
                return refused("四眼原则：提出决定的人（" + officer + "）不能复核自己的决定，须由另一名合规人员复核",
                        "Four eyes: the officer who proposed it (" + officer + ") cannot review it; a second compliance "
                                + "officer must");
            }
            if (!approve) {
                return moved(s, new CaseState(CaseStatus.UNDER_REVIEW, null, null, null, null, null, null));
            }
            LocalDate due = s.proposed() == CaseDecision.REPORT_STR ? WorkingDays.after(today, strDueWorkingDays) : null;
            return moved(s, new CaseState(CaseStatus.DECIDED, null, s.proposedBy(), s.proposed(), today, due, null));
        }
        // FileStr
        return !s.strOutstanding()
                ? refused("没有已批准、尚未报送的可疑交易报告", "there is no approved STR waiting to be filed")
                : moved(s, new CaseState(s.status(), null, s.proposedBy(), s.decision(), s.decidedOn(), s.strDueOn(), today));
    }

    private static CaseStep moved(CaseState before, CaseState after) {
        return new CaseStep.Moved(before, after);
    }

    private static CaseStep wrongStatus(CaseState s, String zh, String en) {
        return refused(zh + "（当前：" + s.status().label().zh() + "）", en + " (now: " + s.status().label().en() + ")");
    }

    private static CaseStep refused(String zh, String en) {
        return new CaseStep.Refused(Label.of(zh, en));
    }
}
