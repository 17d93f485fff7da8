package io.clientlens.app.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A campaign: what it invites to, whom it targeted (a stored segment, or a target list), its window, cost and revenue rate. */
public record Campaign(long campaignId, String name, String kind, String productCode, String segment, LocalDate startsOn, LocalDate endsOn,
                       BigDecimal cost, BigDecimal revenueRate, String branchId, String createdBy, String createdRole, Instant createdAt,
                       String policyVersion, long members) {
}
