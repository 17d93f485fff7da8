package io.clientlens.service;

import io.clientlens.code.Label;
import io.clientlens.service.ServiceFacts.AcceptedNeed;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A need on the register accepted at least the policy's days (90) before the business date and not met yet is
 * due for review; meeting or declining it clears the task. One task per need.
 */
final class NeedsReviewRule implements TaskRule {
    @Override
    public TaskKind kind() {
        return TaskKind.NEEDS_REVIEW;
    }

    @Override
    public List<TaskDue> apply(ServiceFacts facts, TaskContext c) {
        int days = c.reminders().needsReviewDays();
        List<TaskDue> due = new ArrayList<>();
        for (AcceptedNeed n : facts.acceptedNeeds()) {
            LocalDate reviewOn = n.acceptedOn().plusDays(days);
            if (reviewOn.isAfter(c.asOf())) {
                continue;
            }
            long open = ChronoUnit.DAYS.between(n.acceptedOn(), c.asOf());
            String title = Texts.shortened(n.title(), 40);
            due.add(new TaskDue(kind(), facts.customerId(), reviewOn, TaskDue.key(kind(), facts.customerId(), String.valueOf(n.needId())),
                    "acceptedNotMet", TaskDue.inputs("needId", n.needId(), "acceptedOn", n.acceptedOn(), "reviewAfterDays", days),
                    Label.of("需求“" + title + "”已于 " + n.acceptedOn() + " 接受，" + open + " 天仍未满足（" + days
                                    + " 天后回顾）：请回顾方案进展", "The need '" + title + "' was accepted on " + n.acceptedOn() + " and is not met after "
                                    + open + " days (reviewed after " + days + "): review how the plan is going")));
        }
        return due;
    }
}
