package io.clientlens.service;

import io.clientlens.service.ServiceFacts.RiskAssessment;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.clientlens.service.ServiceFixture.customer;
import static io.clientlens.service.ServiceFixture.due;
import static org.assertj.core.api.Assertions.assertThat;

class AssessmentExpiryRuleTest {
    private final TaskRule rule = new AssessmentExpiryRule();

    private static ServiceFacts assessed(RiskAssessment... assessments) {
        return customer().assessments(List.of(assessments)).build();
    }

    @Test
    void remindsExactlyThirtyDaysBeforeTheLastValidDay() {
        // assessed 2025-10-31, valid 12 months: last valid day 2026-10-30, which is 30 days after 2026-09-30
        var tasks = due(rule, assessed(new RiskAssessment(7, LocalDate.of(2025, 10, 31), true)));
        assertThat(tasks).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TaskKind.ASSESSMENT_EXPIRY);
            assertThat(t.dueOn()).isEqualTo(LocalDate.of(2026, 10, 30));
            assertThat(t.key()).isEqualTo("ASSESSMENT_EXPIRY:C000001:7");
            assertThat(t.rule()).isEqualTo("assessmentExpiring");
            assertThat(t.inputs()).containsEntry("validUntil", "2026-10-30").containsEntry("reminderDays", "30");
            assertThat(t.reason().zh()).contains("2026-10-30", "30 天后");
            assertThat(t.reason().en()).contains("expires on 2026-10-30", "in 30 days");
        });
    }

    @Test
    void saysNothingThirtyOneDaysBefore() {
        // assessed 2025-11-01: valid until 2026-10-31, reminders from 2026-10-01
        assertThat(due(rule, assessed(new RiskAssessment(7, LocalDate.of(2025, 11, 1), true)))).isEmpty();
    }

    @Test
    void theLastValidDayIsStillExpiringNotExpired() {
        // assessed 2025-10-01: valid until 2026-09-30, the business date itself
        var t = due(rule, assessed(new RiskAssessment(3, LocalDate.of(2025, 10, 1), true))).get(0);
        assertThat(t.rule()).isEqualTo("assessmentExpiring");
        assertThat(t.reason().en()).contains("today");
    }

    @Test
    void anExpiredAssessmentSaysSalesAreBlocked() {
        // assessed 2025-09-15: valid until 2026-09-14, expired 16 days before 2026-09-30
        var t = due(rule, assessed(new RiskAssessment(3, LocalDate.of(2025, 9, 15), true))).get(0);
        assertThat(t.rule()).isEqualTo("assessmentExpired");
        assertThat(t.dueOn()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(t.reason().zh()).contains("已于 2026-09-14 过期", "过期 16 天", "不能办理新的销售");
        assertThat(t.reason().en()).contains("16 days ago");
    }

    @Test
    void onlyTheLatestFaceToFaceAssessmentCountsWhenThePolicySaysSo() {
        var oldBranch = new RiskAssessment(1, LocalDate.of(2025, 9, 15), true);
        var newPhone = new RiskAssessment(2, LocalDate.of(2026, 9, 1), false);
        assertThat(due(rule, assessed(oldBranch, newPhone))).singleElement()
                .satisfies(t -> assertThat(t.key()).endsWith(":1"));
        var lenient = new TaskContext(ServiceFixture.AS_OF, ServiceFixture.policy(), 12, 30, false, "CNY");
        assertThat(rule.apply(assessed(oldBranch, newPhone), lenient)).isEmpty();
    }

    @Test
    void aNewerValidAssessmentReplacesAnExpiredOne() {
        assertThat(due(rule, assessed(new RiskAssessment(1, LocalDate.of(2025, 1, 5), true),
                new RiskAssessment(2, LocalDate.of(2026, 6, 1), true)))).isEmpty();
    }

    @Test
    void noAssessmentOnFileIsNoExpiry() {
        assertThat(due(rule, customer().build())).isEmpty();
    }
}
