package io.clientlens.service;

import io.clientlens.service.ServiceFacts.ApprovalDecision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.clientlens.service.ServiceFixture.customer;
import static io.clientlens.service.ServiceFixture.due;
import static org.assertj.core.api.Assertions.assertThat;

class ApprovalOutcomeRuleTest {
    private final TaskRule rule = new ApprovalOutcomeRule();

    private static ServiceFacts decided(boolean approved, LocalDate on) {
        return customer().decisions(List.of(new ApprovalDecision(42, "SUPERVISOR_REVIEW", approved, on, "WM90", "sup.li"))).build();
    }

    @Test
    void anApprovalTenDaysAgo() {
        var t = due(rule, decided(true, LocalDate.of(2026, 9, 20))).get(0);
        assertThat(t.key()).isEqualTo("APPROVAL_OUTCOME:C000001:42:SUPERVISOR_REVIEW");
        assertThat(t.rule()).isEqualTo("approved");
        assertThat(t.reason().zh()).contains("适当性检查 #42（产品 WM90）的", "已同意（sup.li，2026-09-20）");
    }

    @Test
    void aRefusalSaysTheSaleCannotGoAhead() {
        var t = due(rule, decided(false, LocalDate.of(2026, 9, 29))).get(0);
        assertThat(t.rule()).isEqualTo("refused");
        assertThat(t.reason().en()).contains("was refused", "cannot go ahead");
    }

    @Test
    void fourteenDaysBackIsTheLimit() {
        assertThat(due(rule, decided(true, LocalDate.of(2026, 9, 16)))).hasSize(1);
        assertThat(due(rule, decided(true, LocalDate.of(2026, 9, 15)))).isEmpty();
    }

    @Test
    void decisionsAfterTheBusinessDateCount() {
        assertThat(due(rule, decided(true, LocalDate.of(2026, 12, 6)))).hasSize(1);
    }
}
