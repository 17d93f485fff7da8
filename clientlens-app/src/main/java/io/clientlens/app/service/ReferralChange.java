package io.clientlens.app.service;

import io.clientlens.code.Label;

/** What came of referring a customer or moving a referral on. */
public sealed interface ReferralChange {
    record Changed(Referral referral) implements ReferralChange {
    }

    record NotFound(String what, String id) implements ReferralChange {
    }

    record Refused(String code, Label reason, boolean forbidden) implements ReferralChange {
    }
}
