package io.clientlens.app.service;

import io.clientlens.service.CampaignResponse;

import java.time.Instant;

/** An invited customer (name masked), their response, and whether they converted (opened the product within the window). */
public record CampaignMember(String customerId, String customerName, CampaignResponse response, Instant respondedAt, String respondedBy,
                             boolean converted) {
}
