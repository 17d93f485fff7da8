package io.clientlens.service;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.clientlens.service.ServiceFixture.customer;
import static io.clientlens.service.ServiceFixture.due;
import static org.assertj.core.api.Assertions.assertThat;

class BirthdayRuleTest {
    private final TaskRule rule = new BirthdayRule();

    @Test
    void remindsSevenDaysAheadWithTheAgeTurned() {
        var t = due(rule, customer().birthDate(LocalDate.of(1980, 10, 7)).build()).get(0);
        assertThat(t.dueOn()).isEqualTo(LocalDate.of(2026, 10, 7));
        assertThat(t.key()).isEqualTo("BIRTHDAY:C000001:2026");
        assertThat(t.inputs()).containsEntry("age", "46");
        assertThat(t.reason().zh()).contains("2026-10-07", "7 天后", "46 岁生日");
        assertThat(t.reason().en()).contains("turns 46 on 2026-10-07", "in 7 days");
    }

    @Test
    void eightDaysAheadIsNotYet() {
        assertThat(due(rule, customer().birthDate(LocalDate.of(1980, 10, 8)).build())).isEmpty();
    }

    @Test
    void todayCountsYesterdayIsNextYear() {
        assertThat(due(rule, customer().birthDate(LocalDate.of(1980, 9, 30)).build())).singleElement()
                .satisfies(t -> assertThat(t.reason().en()).contains("today"));
        assertThat(due(rule, customer().birthDate(LocalDate.of(1980, 9, 29)).build())).isEmpty();
    }

    @Test
    void aLeapDayBirthdayIsTheTwentyEighthInOtherYears() {
        var facts = customer().birthDate(LocalDate.of(1992, 2, 29)).build();
        var t = rule.apply(facts, ServiceFixture.context(LocalDate.of(2027, 2, 23))).get(0);
        assertThat(t.dueOn()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(t.inputs()).containsEntry("age", "35");
        assertThat(rule.apply(facts, ServiceFixture.context(LocalDate.of(2028, 2, 23))).get(0).dueOn())
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void looksAcrossTheNewYear() {
        var t = rule.apply(customer().birthDate(LocalDate.of(1990, 1, 2)).build(), ServiceFixture.context(LocalDate.of(2026, 12, 28))).get(0);
        assertThat(t.dueOn()).isEqualTo(LocalDate.of(2027, 1, 2));
        assertThat(t.key()).isEqualTo("BIRTHDAY:C000001:2027");
    }

    @Test
    void theDaysAheadArePolicy() {
        var facts = customer().birthDate(LocalDate.of(1980, 10, 10)).build();
        assertThat(due(rule, facts)).isEmpty();
        var wider = new ServicePolicy(ServiceFixture.policy().contactPlan(), ServiceFixture.reminders(10),
                ServiceFixture.policy().dispatch(), ServiceFixture.policy().campaigns());
        assertThat(rule.apply(facts, new TaskContext(ServiceFixture.AS_OF, wider, 12, 30, true, "CNY"))).hasSize(1);
    }

    @Test
    void noBirthDateNoReminder() {
        assertThat(due(rule, customer().build())).isEmpty();
    }
}
