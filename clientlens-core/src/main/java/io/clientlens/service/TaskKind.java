package io.clientlens.service;

import io.clientlens.code.Label;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a task reminds the relationship manager of. Some tasks end by themselves when their condition
 * ends (a contact logged, a new assessment recorded, a need met, an AML review done): they are
 * {@linkplain #clearsWhenConditionEnds() cleared}. The others are dated events (a birthday, a maturity):
 * they stay open until someone marks them done.
 */
public enum TaskKind {
    ASSESSMENT_EXPIRY(Label.of("风险评估到期", "Risk assessment expiring"), true),
    BIRTHDAY(Label.of("客户生日", "Birthday"), false),
    LIFE_EVENT(Label.of("人生大事", "Life event"), false),
    MATURITY(Label.of("产品到期", "Product maturing"), false),
    LARGE_MOVEMENT(Label.of("大额资金变动", "Large fund movement"), false),
    APPROVAL_OUTCOME(Label.of("审批结果", "Approval outcome"), false),
    NEEDS_REVIEW(Label.of("需求回顾", "Needs review"), true),
    CONTACT_PLAN(Label.of("定期联系", "Contact plan"), true),
    AML_REVIEW(Label.of("反洗钱定期审查", "AML review due"), true);

    private final Label label;
    private final boolean clears;

    TaskKind(Label label, boolean clears) {
        this.label = label;
        this.clears = clears;
    }

    public Label label() {
        return label;
    }

    /** Whether an open task of this kind is cleared when a later computation no longer finds it due. */
    public boolean clearsWhenConditionEnds() {
        return clears;
    }

    public static Optional<TaskKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upper = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(k -> k.name().equals(upper)).findFirst();
    }
}
