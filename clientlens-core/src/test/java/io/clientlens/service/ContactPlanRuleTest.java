package io.clientlens.service;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.clientlens.service.ServiceFixture.customer;
import static io.clientlens.service.ServiceFixture.due;
import static org.assertj.core.api.Assertions.assertThat;

class ContactPlanRuleTest {
    private final TaskRule rule = new ContactPlanRule();

    @Test
    void aClassACustomerLastContactedAMonthAgoIsDueToday() {
        var t = due(rule, customer().serviceClass("A").lastContact(LocalDate.of(2026, 8, 30)).build()).get(0);
        assertThat(t.dueOn()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(t.key()).isEqualTo("CONTACT_PLAN:C000001:2026-09-30");
        assertThat(t.rule()).isEqualTo("contactOverdue");
        assertThat(t.reason().zh()).contains("A 类客户应每 1 个月至少联系一次", "上次联系 2026-08-30", "今天到期");
    }

    @Test
    void withinTheMonthNothingIsDue() {
        assertThat(due(rule, customer().serviceClass("A").lastContact(LocalDate.of(2026, 9, 1)).build())).isEmpty();
    }

    @Test
    void classesBAndCHaveThreeAndSixMonths() {
        assertThat(due(rule, customer().serviceClass("B").lastContact(LocalDate.of(2026, 6, 30)).build())).hasSize(1);
        assertThat(due(rule, customer().serviceClass("B").lastContact(LocalDate.of(2026, 7, 1)).build())).isEmpty();
        var c = due(rule, customer().serviceClass("C").lastContact(LocalDate.of(2026, 3, 20)).build()).get(0);
        assertThat(c.dueOn()).isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(c.reason().en()).contains("10 days overdue");
        assertThat(due(rule, customer().serviceClass("C").lastContact(LocalDate.of(2026, 4, 1)).build())).isEmpty();
    }

    @Test
    void neverContactedCountsFromTheStartOfTheRelationship() {
        var t = due(rule, customer().serviceClass("C").relationshipSince(LocalDate.of(2025, 1, 10)).build()).get(0);
        assertThat(t.dueOn()).isEqualTo(LocalDate.of(2025, 7, 10));
        assertThat(t.rule()).isEqualTo("neverContacted");
        assertThat(t.reason().en()).contains("no contact on record since the relationship began on 2025-01-10");
        assertThat(due(rule, customer().serviceClass("C").relationshipSince(LocalDate.of(2026, 5, 1)).build())).isEmpty();
    }

    @Test
    void aContactLoggedAfterTheBusinessDateCounts() {
        assertThat(due(rule, customer().serviceClass("A").relationshipSince(LocalDate.of(2020, 1, 1))
                .lastContact(LocalDate.of(2026, 12, 6)).build())).isEmpty();
    }

    @Test
    void withoutAServiceClassThereIsNoPlan() {
        assertThat(due(rule, customer().relationshipSince(LocalDate.of(2020, 1, 1)).build())).isEmpty();
        assertThat(due(rule, customer().serviceClass("UNKNOWN").relationshipSince(LocalDate.of(2020, 1, 1)).build())).isEmpty();
    }

    @Test
    void withNothingToCountFromTheTaskIsDueNowAndKeyedOnce() {
        var t = due(rule, customer().serviceClass("B").build()).get(0);
        assertThat(t.key()).isEqualTo("CONTACT_PLAN:C000001:NEVER");
        assertThat(t.dueOn()).isEqualTo(ServiceFixture.AS_OF);
    }
}
