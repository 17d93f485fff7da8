package io.clientlens.service;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.clientlens.service.ServiceFixture.customer;
import static io.clientlens.service.ServiceFixture.due;
import static org.assertj.core.api.Assertions.assertThat;

class AmlReviewRuleTest {
    private final TaskRule rule = new AmlReviewRule();

    private static ServiceFacts review(LocalDate on) {
        return customer().amlReviews(List.of(new AmlReviewDue(on, "HIGH"))).build();
    }

    @Test
    void dueWithinThirtyDaysOrOverdue() {
        assertThat(due(rule, review(LocalDate.of(2026, 10, 30)))).singleElement().satisfies(t -> {
            assertThat(t.key()).isEqualTo("AML_REVIEW:C000001:2026-10-30");
            assertThat(t.reason().zh()).contains("反洗钱定期审查于 2026-10-30", "审查结论由合规作出");
            // the RM's task: the customer's AML rating is not the RM's to know (no tipping-off)
            assertThat(t.reason().zh()).doesNotContain("高风险");
            assertThat(t.reason().en()).doesNotContainIgnoringCase("high");
            assertThat(t.inputs()).doesNotContainKey("rating").doesNotContainValue("HIGH");
        });
        assertThat(due(rule, review(LocalDate.of(2026, 9, 1)))).hasSize(1);
        assertThat(due(rule, review(LocalDate.of(2026, 10, 31)))).isEmpty();
    }

    @Test
    void theStandInPortHasNoReviewsDue() {
        assertThat(AmlReviewsDue.NONE.dueBy(List.of("C000001"), LocalDate.of(2030, 1, 1))).isEmpty();
    }
}
