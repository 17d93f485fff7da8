package io.clientlens.needs;


import io.clientlens.staff.Actor;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A need in the register (docs/NEEDS.md). {@code importance} and {@code urgency} are 1 (low) to 5 (high);
 * {@code cost} is what meeting it costs the customer a year (CNY). A need that leads to a product
 * proposal must be reviewed by a supervisor other than the person who identified it.
 *
 * @param sourceRef what in the source gave rise to it, e.g. the diagnosis figure {@code insurance.gap}
 */
public record Need(long id, String customerId, String title, PlanningArea area, NeedKind.Expectation expectation,
                   NeedKind.Voice voice, NeedKind.Nature nature, NeedKind.Source source, String sourceRef,
                   int importance, int urgency, BigDecimal cost, boolean leadsToProposal, NeedStatus status,
                   String identifiedBy, String reviewedBy, Instant updatedAt) {

    public Need withStatus(NeedStatus next, Actor actor, Instant at) {
        String reviewer = next == NeedStatus.REVIEWED ? actor.user() : reviewedBy;
        return new Need(id, customerId, title, area, expectation, voice, nature, source, sourceRef, importance, urgency,
                cost, leadsToProposal, next, identifiedBy, reviewer, at);
    }
}
