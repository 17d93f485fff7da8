package io.clientlens.app.service;

import java.util.List;

/**
 * A campaign as entered, as text (checked by {@link Campaigns}): {@code kind} EVENT, FORUM or PRODUCT_OFFER; targets
 * either a stored {@code segment} or {@code customerIds} (a target list); dates yyyy-MM-dd; {@code revenueRate} empty
 * for the policy's.
 */
public record NewCampaign(String name, String kind, String productCode, String segment, List<String> customerIds, String startsOn,
                          String endsOn, String cost, String revenueRate) {
}
