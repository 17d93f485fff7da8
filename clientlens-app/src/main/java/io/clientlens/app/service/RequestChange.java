package io.clientlens.app.service;

import io.clientlens.code.Label;

/** What came of opening a service request or moving it on. */
public sealed interface RequestChange {
    record Changed(ServiceRequest request) implements RequestChange {
    }

    /** No such request or customer in the user's scope (one answer for both, so that existence does not leak). */
    record NotFound(String what, String id) implements RequestChange {
    }

    /** Not allowed: {@code code} e.g. stateDoesNotAllow, roleMayNotAct, alreadyFollowedUp. */
    record Refused(String code, Label reason, boolean forbidden) implements RequestChange {
    }
}
