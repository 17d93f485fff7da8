package io.clientlens.service;

import io.clientlens.code.Label;

import java.util.ArrayList;
import java.util.List;

/**
 * A periodic AML review (by rating, from the AML module through {@link AmlReviewsDue}) is due within the
 * policy's days ahead of the business date, or overdue: the RM collects the missing facts, compliance decides.
 * The review done clears the task. The task is the RM's, and the RM may not know the customer's AML rating (no
 * tipping-off), so neither its text nor its inputs name the rating.
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
            Label when = Texts.when(r.dueOn(), c.asOf());
            due.add(new TaskDue(kind(), facts.customerId(), r.dueOn(), TaskDue.key(kind(), facts.customerId(), r.dueOn().toString()),
                    "amlReviewDue", TaskDue.inputs("dueOn", r.dueOn(), "daysAhead", ahead),
                    Label.of("反洗钱定期审查于 " + r.dueOn() + "（" + when.zh() + "）到期：请向客户收集缺少的资料，审查结论由合规作出",
                            "The periodic AML review is due on " + r.dueOn() + " (" + when.en()
                                    + "): collect the missing facts from the customer; compliance decides")));
        }
        return due;
    }
}
