package io.clientlens.service;

import io.clientlens.code.Label;
import io.clientlens.service.ServiceFacts.MaturingHolding;

import java.util.ArrayList;
import java.util.List;

/**
 * A time deposit, wealth product or bond (the policy's maturing product types) still held matures within the
 * policy's days ahead of the business date (today included): one task per holding and maturity date.
 */
final class MaturityRule implements TaskRule {
    @Override
    public TaskKind kind() {
        return TaskKind.MATURITY;
    }

    @Override
    public List<TaskDue> apply(ServiceFacts facts, TaskContext c) {
        var r = c.reminders();
        List<TaskDue> due = new ArrayList<>();
        for (MaturingHolding h : facts.holdings()) {
            if (h.maturity() == null || !r.maturingProductTypes().contains(h.productType()) || h.maturity().isBefore(c.asOf())
                    || h.maturity().isAfter(c.asOf().plusDays(r.maturityDaysAhead()))) {
                continue;
            }
            Label type = Texts.productType(h.productType());
            Label amount = h.amount() == null ? Label.of("", "") : Texts.amount(h.amount(), c.currency());
            Label when = Texts.when(h.maturity(), c.asOf());
            String product = h.productCode() == null ? "" : " " + h.productCode();
            due.add(new TaskDue(kind(), facts.customerId(), h.maturity(),
                    TaskDue.key(kind(), facts.customerId(), h.holdingId() + ":" + h.maturity()), "maturesWithinDays",
                    TaskDue.inputs("holdingId", h.holdingId(), "productCode", h.productCode(), "productType", h.productType(),
                            "amount", h.amount(), "maturity", h.maturity(), "daysAhead", r.maturityDaysAhead()),
                    Label.of(type.zh() + product + (amount.zh().isEmpty() ? "" : "（" + amount.zh() + "）") + "将于 " + h.maturity()
                                    + "（" + when.zh() + "）到期：请与客户商量到期资金的安排",
                            "The " + type.en() + product + (amount.en().isEmpty() ? "" : " (" + amount.en() + ")") + " matures on "
                                    + h.maturity() + " (" + when.en() + "): talk with the customer about the money coming free")));
        }
        return due;
    }
}
