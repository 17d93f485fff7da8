package io.clientlens.service;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.clientlens.service.ServiceFixture.customer;
import static io.clientlens.service.ServiceFixture.due;
import static org.assertj.core.api.Assertions.assertThat;

class LifeEventRuleTest {
    private final TaskRule rule = new LifeEventRule();

    @Test
    void aChildStartingSchoolWithinThirtyDays() {
        var t = due(rule, customer().children(List.of(LocalDate.of(2020, 10, 15))).build()).get(0);
        assertThat(t.dueOn()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(t.key()).isEqualTo("LIFE_EVENT:C000001:CHILD-2020-10-15:6");
        assertThat(t.rule()).isEqualTo("childTurnsAge");
        assertThat(t.reason().zh()).contains("年满 6 岁（入学）");
        assertThat(t.reason().en()).contains("turns 6 on 2026-10-15", "starts school");
    }

    @Test
    void thirtyDaysAheadIsTheLastDayLookedAt() {
        assertThat(due(rule, customer().children(List.of(LocalDate.of(2008, 10, 30))).build())).singleElement()
                .satisfies(t -> assertThat(t.inputs()).containsEntry("age", "18"));
        assertThat(due(rule, customer().children(List.of(LocalDate.of(2008, 10, 31))).build())).isEmpty();
    }

    @Test
    void turningSixtyAndRetiringOnTheSameDayIsOneTask() {
        var t = due(rule, customer().birthDate(LocalDate.of(1966, 10, 10)).gender("M").retired(false).build());
        assertThat(t).singleElement().satisfies(x -> {
            assertThat(x.key()).isEqualTo("LIFE_EVENT:C000001:SELF:2026-10-10");
            assertThat(x.rule()).isEqualTo("customerRetires");
            assertThat(x.reason().zh()).contains("年满 60 岁，达到退休年龄（60 岁）");
            assertThat(x.reason().en()).contains("turns 60 and reaches the retirement age (60)");
        });
    }

    @Test
    void retirementAgeDependsOnGenderAndNotForThoseAlreadyRetired() {
        var woman = customer().birthDate(LocalDate.of(1971, 10, 20)).gender("F");
        assertThat(due(rule, woman.build())).singleElement().satisfies(t -> assertThat(t.reason().en()).contains("retirement age (55)"));
        assertThat(due(rule, woman.retired(true).build())).isEmpty();
        // a woman turning 60 retired (by age) five years ago: only the birthday milestone
        assertThat(due(rule, customer().birthDate(LocalDate.of(1966, 10, 10)).gender("F").build())).singleElement()
                .satisfies(t -> assertThat(t.rule()).isEqualTo("customerTurnsAge"));
    }

    @Test
    void withoutGenderNoRetirementButStillTheAge() {
        assertThat(due(rule, customer().birthDate(LocalDate.of(1966, 10, 10)).build())).singleElement()
                .satisfies(t -> assertThat(t.reason().en()).doesNotContain("retirement age"));
    }

    @Test
    void passedEventsAreNotReminded() {
        assertThat(due(rule, customer().children(List.of(LocalDate.of(2014, 9, 29))).birthDate(LocalDate.of(1966, 9, 29)).gender("M").build()))
                .isEmpty();
    }
}
