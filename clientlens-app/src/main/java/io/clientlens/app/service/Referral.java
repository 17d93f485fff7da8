package io.clientlens.app.service;

import io.clientlens.service.ReferralOutcome;
import io.clientlens.service.ReferralState;

import java.time.Instant;

/** A referral from lobby staff to an RM (customer name masked), where it stands, and what came of it. */
public record Referral(long referralId, String customerId, String customerName, String referredBy, String branchId, String toRm, String note,
                       ReferralState state, ReferralOutcome outcome, String followUpNote, Instant createdAt, Instant acceptedAt,
                       Instant followedUpAt, Instant closedAt) {
}
