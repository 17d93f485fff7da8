package io.clientlens.service;

import io.clientlens.code.Label;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Contact plan by service class (A monthly, B quarterly, C every six months; policy): the next contact is due
 * the class's months after the latest interaction note, or after the start of the relationship when there is
 * none. Past due on the business date is a task; a contact logged clears it. Customers without a service class
 * (not classified) have no plan.
 */
final class ContactPlanRule implements TaskRule {
    @Override
    public TaskKind kind() {
        return TaskKind.CONTACT_PLAN;
    }

    @Override
    public List<TaskDue> apply(ServiceFacts facts, TaskContext c) {
        Optional<Integer> months = c.policy().contactPlan().months(facts.serviceClass());
        if (months.isEmpty()) {
            return List.of();
        }
        int m = months.get();
        LocalDate since = facts.lastContact() != null ? facts.lastContact() : facts.relationshipSince();
        LocalDate due = since == null ? c.asOf() : since.plusMonths(m);
        if (due.isAfter(c.asOf())) {
            return List.of();
        }
        long late = ChronoUnit.DAYS.between(due, c.asOf());
        String cls = facts.serviceClass();
        Label plan = Label.of(cls + " 类客户应每 " + m + " 个月至少联系一次", "class " + cls + " customers are contacted at least every "
                + m + (m == 1 ? " month" : " months"));
        Label history = facts.lastContact() != null
                ? Label.of("上次联系 " + facts.lastContact(), "last contact " + facts.lastContact())
                : since != null ? Label.of("自 " + since + " 建立关系以来没有联系记录", "no contact on record since the relationship began on " + since)
                : Label.of("没有联系记录", "no contact on record");
        Label lateness = late == 0 ? Label.of("今天到期", "due today") : Label.of("已逾期 " + late + " 天", late + " days overdue");
        return List.of(new TaskDue(kind(), facts.customerId(), due,
                TaskDue.key(kind(), facts.customerId(), since == null ? "NEVER" : due.toString()),
                facts.lastContact() != null ? "contactOverdue" : "neverContacted",
                TaskDue.inputs("serviceClass", cls, "months", m, "lastContact", facts.lastContact(), "relationshipSince",
                        facts.relationshipSince(), "due", due),
                Label.of(plan.zh() + "；" + history.zh() + "，应于 " + due + " 前联系（" + lateness.zh() + "）：请拜访或致电客户并记录",
                        "Contact plan: " + plan.en() + "; " + history.en() + ", a contact was due by " + due + " (" + lateness.en()
                                + "): visit or call the customer and log it")));
    }
}
