package io.clientlens.needs;

import io.clientlens.staff.Actor;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The register's lifecycle and review rules (§6.4). */
class NeedRulesTest {
    static final Instant AT = Instant.parse("2026-09-30T08:00:00Z");
    static final Actor RM = new Actor("rm.li", Role.RM);
    static final Actor SUPERVISOR = new Actor("sup.zhang", Role.SUPERVISOR);

    static Need need(long id, NeedStatus status, boolean proposal, int urgency, int importance, long cost) {
        return new Need(id, "C0001", "补充重疾保障", PlanningArea.FAMILY_PROTECTION, NeedKind.Expectation.BASIC,
                NeedKind.Voice.UNSTATED, NeedKind.Nature.IMPLICIT, NeedKind.Source.DIAGNOSIS, "insurance.health.gap",
                importance, urgency, BigDecimal.valueOf(cost), proposal, status, "rm.li", null, AT);
    }

    @Test
    void walksANeedThroughItsLifecycle() {
        Need n = need(1, NeedStatus.IDENTIFIED, false, 3, 3, 1000);
        for (NeedStatus to : List.of(NeedStatus.REVIEWED, NeedStatus.ACCEPTED, NeedStatus.MET)) {
            Transition t = NeedRules.move(n, to, RM, AT);
            assertThat(t).isInstanceOf(Transition.Moved.class);
            n = ((Transition.Moved) t).need();
        }
        assertThat(n.status()).isEqualTo(NeedStatus.MET);
        assertThat(n.reviewedBy()).isEqualTo("rm.li");
    }

    @Test
    void theStepsOfferedAreOnlyThoseTheRulesAllowThisActor() {
        Need proposal = need(1, NeedStatus.IDENTIFIED, true, 3, 3, 0); // recorded by rm.li
        assertThat(NeedRules.stepsFor(proposal, RM)).isEmpty();
        assertThat(NeedRules.stepsFor(proposal, SUPERVISOR)).containsExactly(NeedStatus.REVIEWED);
        assertThat(NeedRules.stepsFor(proposal, new Actor("rm.li", Role.SUPERVISOR))).as("not who identified it").isEmpty();
        assertThat(NeedRules.stepsFor(need(2, NeedStatus.IDENTIFIED, false, 3, 3, 0), RM)).containsExactly(NeedStatus.REVIEWED);
        assertThat(NeedRules.stepsFor(proposal, new Actor("hw", Role.HEAD_OF_WEALTH))).isEmpty();
    }

    @Test
    void refusesToSkipTheReview() {
        Transition t = NeedRules.move(need(1, NeedStatus.IDENTIFIED, false, 3, 3, 0), NeedStatus.ACCEPTED, RM, AT);
        assertThat(t).isEqualTo(new Transition.Refused("onlyTheStepsOfTheLifecycle", ((Transition.Refused) t).reason()));
        assertThat(((Transition.Refused) t).reason().en()).isEqualTo("cannot move from IDENTIFIED to ACCEPTED; allowed: [REVIEWED]");
    }

    @Test
    void refusesToReopenADeclinedNeed() {
        Transition t = NeedRules.move(need(1, NeedStatus.DECLINED, false, 3, 3, 0), NeedStatus.ACCEPTED, SUPERVISOR, AT);
        assertThat(((Transition.Refused) t).reason().zh()).contains("终态");
    }

    @Test
    void letsOnlyASupervisorReviewANeedThatLeadsToAProposal() {
        Need n = need(1, NeedStatus.IDENTIFIED, true, 3, 3, 0);
        Transition byRm = NeedRules.move(n, NeedStatus.REVIEWED, RM, AT);
        assertThat(byRm).isInstanceOf(Transition.Refused.class);
        assertThat(((Transition.Refused) byRm).rule()).isEqualTo("supervisorReviewsNeedsThatLeadToAProposal");
        Transition bySupervisor = NeedRules.move(n, NeedStatus.REVIEWED, SUPERVISOR, AT);
        assertThat(((Transition.Moved) bySupervisor).need().reviewedBy()).isEqualTo("sup.zhang");
    }

    @Test
    void refusesASupervisorReviewingTheirOwnProposalNeed() {
        Transition t = NeedRules.move(need(1, NeedStatus.IDENTIFIED, true, 3, 3, 0), NeedStatus.REVIEWED,
                new Actor("rm.li", Role.SUPERVISOR), AT);
        assertThat(((Transition.Refused) t).rule()).isEqualTo("reviewerIsNotWhoIdentifiedIt");
    }

    @Test
    void refusesAnAnalystChangingAStatus() {
        Transition t = NeedRules.move(need(1, NeedStatus.IDENTIFIED, false, 3, 3, 0), NeedStatus.REVIEWED,
                new Actor("ana", Role.ANALYST), AT);
        assertThat(((Transition.Refused) t).rule()).isEqualTo("onlyRmsAndSupervisorsMoveNeeds");
    }

    @Test
    void ranksOpenNeedsByUrgencyThenImportanceThenCost() {
        List<Need> ranked = NeedRules.ranked(List.of(
                need(1, NeedStatus.IDENTIFIED, false, 3, 5, 100),
                need(2, NeedStatus.MET, false, 5, 5, 0),
                need(3, NeedStatus.REVIEWED, false, 5, 2, 100),
                need(4, NeedStatus.IDENTIFIED, false, 3, 5, 50),
                need(5, NeedStatus.ACCEPTED, false, 5, 2, 100)));
        assertThat(ranked).extracting(Need::id).containsExactly(3L, 5L, 4L, 1L, 2L);
    }

    @Test
    void namesEveryWrongFieldOfANewNeed() {
        NewNeed bad = new NewNeed(" ", null, null, NeedKind.Voice.STATED, NeedKind.Nature.EXPLICIT, NeedKind.Source.INTERVIEW,
                null, 0, 6, BigDecimal.valueOf(-1), false);
        assertThat(bad.problems()).extracting(p -> p.field())
                .containsExactly("title", "expectation", "importance", "urgency", "cost");
    }
}
