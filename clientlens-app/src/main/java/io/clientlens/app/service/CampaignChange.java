package io.clientlens.app.service;

import io.clientlens.code.Label;

/** What came of creating a campaign or recording a response. */
public sealed interface CampaignChange {
    record Created(Campaign campaign) implements CampaignChange {
    }

    record Responded(CampaignMember member) implements CampaignChange {
    }

    record NotFound(String what, String id) implements CampaignChange {
    }

    record Refused(String code, Label reason, boolean forbidden) implements CampaignChange {
    }
}
