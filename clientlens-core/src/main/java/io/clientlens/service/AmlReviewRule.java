package io.clientlens.service;

import io.clientlens.code.Label;

import java.util.ArrayList;
import java.util.List;

/**
 * A periodic AML review (by rating, from the AML module through {@link AmlReviewsDue}) is due within the
 * policy's days ahead of the business date, or overdue: the RM collects the missing facts, compliance decides.
 * The review done clears the task.
 */
final class AmlReviewRule implements TaskRule {
    @Override
    public TaskKind kind() {
        return TaskKind.AML_REVIEW;
    }

    @Override
    public List<TaskDue> apply(ServiceFacts facts, TaskContext c) {
        int ahead = c.reminders().amlReviewDaysAhead();
        List<TaskDue> due = new ArrayList<>();
        for (AmlReviewDue r : facts.amlReviews()) {
            if (r.dueOn().isAfter(c.asOf().plusDays(ahead))) {
                continue;
            }
            Label rating = rating(r.rating());
            Label when = Texts.when(r.dueOn(), c.asOf());
            due.add(new TaskDue(kind(), facts.customerId(), r.dueOn(), TaskDue.key(kind(), facts.customerId(), r.dueOn().toString()),
                    "amlReviewDue", TaskDue.inputs("dueOn", r.dueOn(), "rating", r.rating(), "daysAhead", ahead),
                    Label.of("反洗钱定期审查（" + rating.zh() + "）于 " + r.dueOn() + "（" + when.zh()
                                    + "）到期：请向客户收集缺少的资料，审查结论由合规作出",
                            "The periodic AML review (" + rating.en() + ") is due on " + r.dueOn() + " (" + when.en()
                                    + "): collect the missing facts from the customer; compliance decides")));
        }
        return due;
    }

    private static Label rating(String code) {
        return switch (code == null ? "" : code) {
            case "LOW" -> Label.of("低风险", "low risk");
            case "MEDIUM" -> Label.of("中风险", "medium risk");
            case "HIGH" -> Label.of("高风险", "high risk");
            default -> Label.of(code == null ? "—" : code, code == null ? "—" : code);
        };
    }
}
