package io.clientlens.service;

import io.clientlens.code.Label;

/** A customer's response to a campaign's invitation: invited (no answer yet), accepted, declined, attended. */
public enum CampaignResponse {
    INVITED(Label.of("已邀请", "Invited")),
    ACCEPTED(Label.of("已接受", "Accepted")),
    DECLINED(Label.of("已拒绝", "Declined")),
    ATTENDED(Label.of("已参加", "Attended"));

    private final Label label;

    CampaignResponse(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }

    /** An answer was given (anything but the invitation itself). */
    public boolean isResponse() {
        return this != INVITED;
    }
}
