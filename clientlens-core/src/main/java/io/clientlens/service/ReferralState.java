package io.clientlens.service;

import io.clientlens.code.Label;

import java.util.List;

/**
 * A referral from lobby staff to an RM: REFERRED → ACCEPTED (or DECLINED) → FOLLOWED_UP → CLOSED with an outcome; an
 * accepted referral may be closed without a separate follow-up.
 */
public enum ReferralState {
    REFERRED(Label.of("已转介", "Referred")),
    ACCEPTED(Label.of("已接受", "Accepted")),
    DECLINED(Label.of("已拒绝", "Declined")),
    FOLLOWED_UP(Label.of("已跟进", "Followed up")),
    CLOSED(Label.of("已结束", "Closed"));

    private final Label label;

    ReferralState(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }

    public List<ReferralState> next() {
        return switch (this) {
            case REFERRED -> List.of(ACCEPTED, DECLINED);
            case ACCEPTED -> List.of(FOLLOWED_UP, CLOSED);
            case FOLLOWED_UP -> List.of(CLOSED);
            case DECLINED, CLOSED -> List.of();
        };
    }

    public boolean mayMoveTo(ReferralState to) {
        return next().contains(to);
    }
}
