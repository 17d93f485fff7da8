package io.clientlens.service;

import io.clientlens.code.Label;

/** What came of a referral when the RM closed it. */
public enum ReferralOutcome {
    PRODUCT_OPENED(Label.of("已开立产品", "Product opened")),
    ADVICE_GIVEN(Label.of("已提供咨询", "Advice given")),
    NOT_INTERESTED(Label.of("客户暂无需求", "Not interested")),
    UNREACHABLE(Label.of("无法联系客户", "Could not be reached"));

    private final Label label;

    ReferralOutcome(Label label) {
        this.label = label;
    }

    public Label label() {
        return label;
    }
}
