package io.clientlens.service;

import io.clientlens.code.Label;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Large fund movements of mid/high-end customers (AUM tier among the policy's tiers, or a high-end target):
 * money in, or money out, within the policy's window ending at the business date of at least the policy's
 * amount or at least its share of the customer's AUM. At most one task per customer and direction in each
 * window-long period (periods counted from 1970-01-01), so that the same movement is not reminded of every day.
 */
final class LargeMovementRule implements TaskRule {
    @Override
    public TaskKind kind() {
        return TaskKind.LARGE_MOVEMENT;
    }

    @Override
    public List<TaskDue> apply(ServiceFacts facts, TaskContext c) {
        var p = c.reminders().largeMovement();
        boolean watched = facts.aumTier() != null && p.aumTiers().contains(facts.aumTier()) || p.highEndTargets() && facts.highEndTarget();
        if (!watched) {
            return List.of();
        }
        List<TaskDue> due = new ArrayList<>();
        movement(facts, c, "IN", facts.inflow(), Label.of("流入", "in"), due);
        movement(facts, c, "OUT", facts.outflow(), Label.of("流出", "out"), due);
        return due;
    }

    private void movement(ServiceFacts facts, TaskContext c, String direction, BigDecimal amount, Label word, List<TaskDue> due) {
        var p = c.reminders().largeMovement();
        if (amount.signum() <= 0) {
            return;
        }
        boolean byAmount = amount.compareTo(p.minAmount()) >= 0;
        boolean byShare = facts.aum().signum() > 0 && amount.compareTo(facts.aum().multiply(p.minShareOfAum())) >= 0;
        if (!byAmount && !byShare) {
            return;
        }
        long period = c.asOf().toEpochDay() / p.windowDays();
        Label money = Texts.amount(amount, c.currency());
        Label min = Texts.amount(p.minAmount(), c.currency());
        String percent = facts.aum().signum() > 0
                ? amount.multiply(BigDecimal.valueOf(100)).divide(facts.aum(), 0, RoundingMode.HALF_UP) + "%" : "—";
        String sharePolicy = p.minShareOfAum().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
        Label test = byAmount
                ? Label.of("≥ " + min.zh(), "≥ " + min.en())
                : Label.of("占 AUM 的 " + percent + "，≥ " + sharePolicy, percent + " of AUM, ≥ " + sharePolicy);
        due.add(new TaskDue(kind(), facts.customerId(), c.asOf(),
                TaskDue.key(kind(), facts.customerId(), direction + ":P" + period),
                byAmount ? "movementAtLeastAmount" : "movementAtLeastShareOfAum",
                TaskDue.inputs("direction", direction, "amount", amount, "windowDays", p.windowDays(), "aum", facts.aum(),
                        "aumTier", facts.aumTier(), "highEndTarget", facts.highEndTarget(), "minAmount", p.minAmount(),
                        "minShareOfAum", p.minShareOfAum()),
                Label.of("近 " + p.windowDays() + " 天资金" + word.zh() + " " + money.zh() + "（" + test.zh()
                                + "）：中高端客户大额资金变动，请了解资金去向与需求",
                        "Money " + word.en() + " in the last " + p.windowDays() + " days: " + money.en() + " (" + test.en()
                                + "): a large movement of a mid/high-end customer; ask what it is for")));
    }
}
