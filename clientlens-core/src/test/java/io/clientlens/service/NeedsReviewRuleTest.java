package io.clientlens.service;

import io.clientlens.service.ServiceFacts.AcceptedNeed;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.clientlens.service.ServiceFixture.customer;
import static io.clientlens.service.ServiceFixture.due;
import static org.assertj.core.api.Assertions.assertThat;

class NeedsReviewRuleTest {
    private final TaskRule rule = new NeedsReviewRule();

    private static ServiceFacts accepted(LocalDate on) {
        return customer().acceptedNeeds(List.of(new AcceptedNeed(5, "子女教育金缺口", on))).build();
    }

    @Test
    void ninetyDaysAfterAcceptanceTheNeedIsReviewed() {
        // 2026-07-02 + 90 days = 2026-09-30
        var t = due(rule, accepted(LocalDate.of(2026, 7, 2))).get(0);
        assertThat(t.dueOn()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(t.key()).isEqualTo("NEEDS_REVIEW:C000001:5");
        assertThat(t.reason().zh()).contains("需求“子女教育金缺口”已于 2026-07-02 接受，90 天仍未满足");
    }

    @Test
    void eightyNineDaysIsNotYet() {
        assertThat(due(rule, accepted(LocalDate.of(2026, 7, 3)))).isEmpty();
    }
}
