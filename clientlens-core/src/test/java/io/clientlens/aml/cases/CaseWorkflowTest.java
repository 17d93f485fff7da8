package io.clientlens.aml.cases;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CaseWorkflowTest {
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    private static CaseState after(CaseState s, CaseAction a, String officer) {
        CaseStep step = CaseWorkflow.apply(s, a, officer, FRIDAY, 5);
        assertThat(step).as("%s by %s", a, officer).isInstanceOf(CaseStep.Moved.class);
        return ((CaseStep.Moved) step).after();
    }

    private static String refusal(CaseState s, CaseAction a, String officer) {
        CaseStep step = CaseWorkflow.apply(s, a, officer, FRIDAY, 5);
        assertThat(step).isInstanceOf(CaseStep.Refused.class);
        return ((CaseStep.Refused) step).why().en();
    }

    @Test
    void noActionTakesEffectAtOnce() {
        CaseState review = after(CaseState.open(), new CaseAction.StartReview(null), "ann");
        assertThat(review.status()).isEqualTo(CaseStatus.UNDER_REVIEW);
        CaseState decided = after(review, new CaseAction.Propose(CaseDecision.NO_ACTION, "salary paid in cash, documented"), "ann");
        assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.decision()).isEqualTo(CaseDecision.NO_ACTION);
        assertThat(decided.decidedOn()).isEqualTo(FRIDAY);
        assertThat(decided.strDueOn()).isNull();
    }

    @Test
    void strNeedsASecondOfficerAndIsDueInWorkingDays() {
        CaseState review = after(CaseState.open(), new CaseAction.StartReview(null), "ann");
        CaseState proposed = after(review, new CaseAction.Propose(CaseDecision.REPORT_STR, "structuring below the threshold"), "ann");
        assertThat(proposed.status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
        assertThat(proposed.decision()).isNull();
        assertThat(proposed.strOutstanding()).isFalse();

        assertThat(refusal(proposed, new CaseAction.Approve("agree"), "ann")).contains("Four eyes").contains("ann");

        CaseState approved = after(proposed, new CaseAction.Approve("agree"), "bob");
        assertThat(approved.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(approved.decision()).isEqualTo(CaseDecision.REPORT_STR);
        // Friday + 5 working days = the next Friday
        assertThat(approved.strDueOn()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(approved.strOutstanding()).isTrue();

        CaseState filed = after(approved, new CaseAction.FileStr("filed, reference 123"), "bob");
        assertThat(filed.strFiledOn()).isEqualTo(FRIDAY);
        assertThat(filed.strOutstanding()).isFalse();
        assertThat(refusal(filed, new CaseAction.FileStr("again"), "bob")).contains("no approved STR");
    }

    @Test
    void exitNeedsASecondOfficerWhoMaySendItBack() {
        CaseState proposed = after(CaseState.open(), new CaseAction.Propose(CaseDecision.EXIT_RELATIONSHIP, "no source of funds"), "ann");
        assertThat(proposed.status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
        assertThat(refusal(proposed, new CaseAction.Reject("not enough"), "ann")).contains("Four eyes");
        CaseState back = after(proposed, new CaseAction.Reject("ask the customer first"), "bob");
        assertThat(back.status()).isEqualTo(CaseStatus.UNDER_REVIEW);
        assertThat(back.proposed()).isNull();
    }

    @Test
    void everyDecisionNeedsAnOpinionAndTheRightStatus() {
        assertThat(refusal(CaseState.open(), new CaseAction.Propose(CaseDecision.NO_ACTION, " "), "ann")).contains("opinion");
        assertThat(refusal(CaseState.open(), new CaseAction.Approve("ok"), "bob")).contains("no proposal");
        CaseState decided = after(CaseState.open(), new CaseAction.Propose(CaseDecision.ENHANCED_MONITORING, "watch"), "ann");
        assertThat(refusal(decided, new CaseAction.StartReview(null), "ann")).contains("only an open case");
        assertThat(refusal(decided, new CaseAction.Propose(CaseDecision.NO_ACTION, "x"), "ann")).contains("(now: Decided)");
        assertThat(refusal(CaseState.open(), new CaseAction.StartReview(null), " ")).contains("officer");
    }
}
