package io.clientlens.needs;

import io.clientlens.code.Label;
import io.clientlens.staff.Actor;
import io.clientlens.staff.Role;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the needs register, as a list that reads like the policy: each either lets a move
 * pass or refuses it with the reason. {@link #move} applies them all, first refusal wins.
 */
public final class NeedRules {

    /** The roles that act on the needs register (docs/SECURITY.md); the others are refused before any rule is asked. */
    public static final Set<Role> ROLES = Collections.unmodifiableSet(
            EnumSet.of(Role.RM, Role.SUPERVISOR, Role.COMPLIANCE, Role.ANALYST, Role.ADMIN));

    /** A rule over (need, requested status, actor): empty when it has nothing against the move. */
    @FunctionalInterface
    public interface Rule {
        Optional<Transition.Refused> check(Need need, NeedStatus to, Actor actor);
    }

    public static final Rule onlyTheStepsOfTheLifecycle = (need, to, actor) -> need.status().next().contains(to)
            ? Optional.empty()
            : refuse("onlyTheStepsOfTheLifecycle",
            "不能从“" + need.status().label().zh() + "”变为“" + to.label().zh() + "”" + allowed(need.status(), true),
            "cannot move from " + need.status() + " to " + to + allowed(need.status(), false));

    public static final Rule onlyRmsAndSupervisorsMoveNeeds = (need, to, actor) ->
            actor.role() == Role.RM || actor.role() == Role.SUPERVISOR ? Optional.empty()
                    : refuse("onlyRmsAndSupervisorsMoveNeeds", actor.role().label().zh() + "不能变更需求状态，仅理财经理或业务主管可以",
                    "a " + actor.role() + " cannot change a need's status; only an RM or a supervisor can");

    public static final Rule supervisorReviewsNeedsThatLeadToAProposal = (need, to, actor) ->
            to != NeedStatus.REVIEWED || !need.leadsToProposal() || actor.role() == Role.SUPERVISOR ? Optional.empty()
                    : refuse("supervisorReviewsNeedsThatLeadToAProposal", "该需求将形成产品建议，须由业务主管评审",
                    "this need leads to a proposal: a supervisor must review it");

    public static final Rule reviewerIsNotWhoIdentifiedIt = (need, to, actor) ->
            to != NeedStatus.REVIEWED || !need.leadsToProposal() || !actor.user().equals(need.identifiedBy()) ? Optional.empty()
                    : refuse("reviewerIsNotWhoIdentifiedIt", "评审人不能是识别该需求的人（" + need.identifiedBy() + "）",
                    "the reviewer must not be the person who identified the need (" + need.identifiedBy() + ")");

    private NeedRules() {
    }

    public static List<Rule> allRules() {
        return List.of(onlyTheStepsOfTheLifecycle, onlyRmsAndSupervisorsMoveNeeds, supervisorReviewsNeedsThatLeadToAProposal,
                reviewerIsNotWhoIdentifiedIt);
    }

    public static Transition move(Need need, NeedStatus to, Actor actor, Instant at) {
        Optional<Transition.Refused> refused = refusal(need, to, actor);
        return refused.isPresent() ? refused.get() : new Transition.Moved(need.withStatus(to, actor, at), need.status());
    }

    /** Why {@code actor} may not move the need to {@code to}: the first rule that refuses, or empty when every rule allows it. */
    public static Optional<Transition.Refused> refusal(Need need, NeedStatus to, Actor actor) {
        for (Rule rule : allRules()) {
            Optional<Transition.Refused> refused = rule.check(need, to, actor);
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    /** The steps {@code actor} may take from the need's status now: what a form offers, so that no offered step is refused. */
    public static List<NeedStatus> stepsFor(Need need, Actor actor) {
        return need.status().next().stream().filter(to -> refusal(need, to, actor).isEmpty()).toList();
    }

    /**
     * Priority: open needs first, then by urgency (high first), importance (high first), cost (low
     * first, unknown last) and id, so that equal needs keep the order they were recorded in.
     */
    public static final Comparator<Need> BY_PRIORITY = Comparator
            .comparing((Need n) -> !n.status().isOpen())
            .thenComparing(Need::urgency, Comparator.reverseOrder())
            .thenComparing(Need::importance, Comparator.reverseOrder())
            .thenComparing(Need::cost, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Need::id);

    public static List<Need> ranked(List<Need> needs) {
        return needs.stream().sorted(BY_PRIORITY).toList();
    }

    private static Optional<Transition.Refused> refuse(String rule, String zh, String en) {
        return Optional.of(new Transition.Refused(rule, Label.of(zh, en)));
    }

    private static String allowed(NeedStatus from, boolean zh) {
        List<NeedStatus> next = from.next();
        if (next.isEmpty()) {
            return zh ? "：“" + from.label().zh() + "”是终态" : ": " + from + " is final";
        }
        return zh ? "，只能变为 " + next : "; allowed: " + next;
    }
}
