package io.clientlens.service;

import java.util.ArrayList;
import java.util.List;

/** Every reminder rule, in the order the workbench lists their kinds; read as the policy of what an RM is reminded of. */
public final class TaskRules {
    private static final List<TaskRule> ALL = List.of(
            new AssessmentExpiryRule(),
            new BirthdayRule(),
            new LifeEventRule(),
            new MaturityRule(),
            new LargeMovementRule(),
            new ApprovalOutcomeRule(),
            new NeedsReviewRule(),
            new ContactPlanRule(),
            new AmlReviewRule());

    private TaskRules() {
    }

    public static List<TaskRule> all() {
        return ALL;
    }

    /** Every task due for one customer on the context's business date, by rule order. */
    public static List<TaskDue> due(ServiceFacts facts, TaskContext context) {
        List<TaskDue> due = new ArrayList<>();
        for (TaskRule rule : ALL) {
            due.addAll(rule.apply(facts, context));
        }
        return due;
    }
}
