package io.clientlens.app.service;

import io.clientlens.app.security.SignedInUser;

import java.util.List;

/** A part of the workbench another part of the feature fills (service requests, referrals), for the user's scope. */
public interface WorkbenchSection {
    default List<WorkbenchView.RequestLine> requests(SignedInUser user) {
        return List.of();
    }

    default List<WorkbenchView.ReferralLine> referrals(SignedInUser user) {
        return List.of();
    }
}
