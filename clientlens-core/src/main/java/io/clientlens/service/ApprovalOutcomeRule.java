package io.clientlens.service;

import io.clientlens.code.Label;
import io.clientlens.service.ServiceFacts.ApprovalDecision;
import io.clientlens.suitability.Step;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A supervisor's review or the second approval of one of the customer's suitability checks was decided at most
 * the policy's days before the business date (or after it): the RM tells the customer and goes on with the
 * sale, or stops it. One task per check and step.
 */
final class ApprovalOutcomeRule implements TaskRule {
    @Override
    public TaskKind kind() {
        return TaskKind.APPROVAL_OUTCOME;
    }

    @Override
    public List<TaskDue> apply(ServiceFacts facts, TaskContext c) {
        int days = c.reminders().approvalOutcomeDays();
        List<TaskDue> due = new ArrayList<>();
        for (ApprovalDecision d : facts.decisions()) {
            if (d.decidedOn().isBefore(c.asOf().minusDays(days))) {
                continue;
            }
            Label step = Arrays.stream(Step.values()).filter(s -> s.name().equals(d.step())).findFirst().map(Step::label)
                    .orElse(Label.of(d.step(), d.step()));
            Label product = d.productCode() == null ? Label.of("", "") : Label.of("（产品 " + d.productCode() + "）",
                    " (product " + d.productCode() + ")");
            due.add(new TaskDue(kind(), facts.customerId(), d.decidedOn(),
                    TaskDue.key(kind(), facts.customerId(), d.checkId() + ":" + d.step()), d.approved() ? "approved" : "refused",
                    TaskDue.inputs("checkId", d.checkId(), "step", d.step(), "approved", d.approved(), "decidedOn", d.decidedOn(),
                            "decidedBy", d.decidedBy(), "productCode", d.productCode(), "daysBack", days),
                    d.approved()
                            ? Label.of("适当性检查 #" + d.checkId() + product.zh() + "的" + step.zh() + "已同意（" + d.decidedBy() + "，"
                                    + d.decidedOn() + "）：请告知客户并继续办理", "The " + step.en() + " of suitability check #" + d.checkId()
                                    + product.en() + " was approved (" + d.decidedBy() + ", " + d.decidedOn()
                                    + "): tell the customer and go on with the sale")
                            : Label.of("适当性检查 #" + d.checkId() + product.zh() + "的" + step.zh() + "未同意（" + d.decidedBy() + "，"
                                    + d.decidedOn() + "）：请告知客户，本次不能销售", "The " + step.en() + " of suitability check #"
                                    + d.checkId() + product.en() + " was refused (" + d.decidedBy() + ", " + d.decidedOn()
                                    + "): tell the customer the sale cannot go ahead")));
        }
        return due;
    }
}
