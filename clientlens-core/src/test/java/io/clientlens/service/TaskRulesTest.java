package io.clientlens.service;

import io.clientlens.service.ServiceFacts.MaturingHolding;
import io.clientlens.service.ServiceFacts.RiskAssessment;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static io.clientlens.service.ServiceFixture.customer;
import static org.assertj.core.api.Assertions.assertThat;

class TaskRulesTest {

    @Test
    void everyKindHasExactlyOneRule() {
        assertThat(TaskRules.all()).extracting(TaskRule::kind).containsExactly(TaskKind.values());
    }

    @Test
    void aBusyCustomerGetsOneTaskPerThingDueEachExplained() {
        var facts = customer().birthDate(LocalDate.of(1966, 10, 3)).gender("M").serviceClass("A").aumTier("PRIVATE")
                .aum(new BigDecimal("7000000")).relationshipSince(LocalDate.of(2015, 3, 1)).lastContact(LocalDate.of(2026, 6, 1))
                .assessments(List.of(new RiskAssessment(9, LocalDate.of(2025, 10, 20), true)))
                .holdings(List.of(new MaturingHolding("H7", "TD12", "TIME_DEPOSIT", new BigDecimal("1000000"), LocalDate.of(2026, 10, 15))))
                .flows(null, new BigDecimal("2500000")).build();
        List<TaskDue> due = TaskRules.due(facts, ServiceFixture.context());
        assertThat(due).extracting(TaskDue::kind).containsExactly(TaskKind.ASSESSMENT_EXPIRY, TaskKind.BIRTHDAY, TaskKind.LIFE_EVENT,
                TaskKind.MATURITY, TaskKind.LARGE_MOVEMENT, TaskKind.CONTACT_PLAN);
        assertThat(due).extracting(TaskDue::key).doesNotHaveDuplicates();
        assertThat(due).allSatisfy(t -> {
            assertThat(t.customerId()).isEqualTo("C000001");
            assertThat(t.reason().zh()).isNotBlank();
            assertThat(t.reason().en()).isNotBlank();
            assertThat(t.inputs()).isNotEmpty();
        });
        assertThat(TaskRules.due(facts, ServiceFixture.context())).isEqualTo(due);
    }

    @Test
    void kindsParseFromTheirCodes() {
        assertThat(Arrays.stream(TaskKind.values()).map(k -> TaskKind.parse(k.name().toLowerCase())).toList())
                .allSatisfy(k -> assertThat(k).isPresent());
        assertThat(TaskKind.parse("contact-plan")).contains(TaskKind.CONTACT_PLAN);
        assertThat(TaskKind.parse("nothing")).isEmpty();
    }
}
