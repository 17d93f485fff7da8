package io.clientlens.app.service;

import io.clientlens.service.CampaignMeasures;

/** A campaign and its measures over the members the viewer may see ({@code wholeCampaign}: all of them). */
public record CampaignReport(Campaign campaign, CampaignMeasures measures, boolean wholeCampaign) {
}
