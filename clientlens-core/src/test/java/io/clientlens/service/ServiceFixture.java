package io.clientlens.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shipped service policy's numbers and a business date, for the rule tests. */
final class ServiceFixture {
    static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    private ServiceFixture() {
    }

    static ServicePolicy policy() {
        return new ServicePolicy(
                new ServicePolicy.ContactPlan(Map.of("A", 1, "B", 3, "C", 6)),
                reminders(7),
                new ServicePolicy.Dispatch(Map.of(
                        "A", new ServicePolicy.Route(RequestQueue.RM_GREEN_CHANNEL, 2),
                        "B", new ServicePolicy.Route(RequestQueue.SERVICE_CENTRE, 24),
                        "C", new ServicePolicy.Route(RequestQueue.ONLINE_QUEUE, 72)), "B"),
                new ServicePolicy.Campaigns(new BigDecimal("0.01")));
    }

    static ServicePolicy.Reminders reminders(int birthdayDaysAhead) {
        return new ServicePolicy.Reminders(birthdayDaysAhead, 30, List.of(6, 12, 18), List.of(60), Map.of("M", 60, "F", 55), 30,
                Set.of("TIME_DEPOSIT", "WEALTH", "WEALTH_NON_GUARANTEED", "BOND"),
                new ServicePolicy.LargeMovement(30, new BigDecimal("500000"), new BigDecimal("0.30"), Set.of("AFFLUENT", "PRIVATE"), true),
                14, 90, 30);
    }

    static TaskContext context() {
        return context(AS_OF);
    }

    static TaskContext context(LocalDate asOf) {
        return new TaskContext(asOf, policy(), 12, 30, true, "CNY");
    }

    static ServiceFacts.Builder customer() {
        return ServiceFacts.builder("C000001");
    }

    static List<TaskDue> due(TaskRule rule, ServiceFacts facts) {
        return rule.apply(facts, context());
    }
}
