package io.clientlens.aml.monitor;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.clientlens.aml.monitor.Txns.POLICY;
import static io.clientlens.aml.monitor.Txns.day;
import static org.assertj.core.api.Assertions.assertThat;

/** An account idle ≥ 180 days receiving ≥ 100,000 within 30 days (days 0–29 from its first new activity). */
class DormantReactivationRuleTest {
    private final Txns t = new Txns();

    @Test
    void anAccountIdleHalfAYearReceivingAHundredThousandWithinThirtyDaysIsAnAlert() {
        Reactivation r = new Reactivation("A1", day(0), 180, List.of(t.credit(0, 60_000), t.debit(1, 5_000),
                t.credit(29, 40_000), t.credit(30, 90_000)));

        assertThat(DormantReactivationRule.evaluate("C1", List.of(r), POLICY.dormantReactivation(), "CNY"))
                .singleElement().satisfies(a -> {
                    assertThat(a.from()).isEqualTo(day(0));
                    assertThat(a.to()).isEqualTo(day(29));
                    assertThat(a.amount()).isEqualByComparingTo("100000");
                    assertThat(a.transactions()).containsExactly("T1", "T3");
                    assertThat(a.zh()).startsWith("账户 A1 180 天无主动交易（≥ 180 天）");
                });
    }

    @Test
    void oneDayLessIdleOrOneYuanLessIsNoAlert() {
        Reactivation shortIdle = new Reactivation("A1", day(0), 179, List.of(t.credit(0, 150_000)));
        Reactivation tooLittle = new Reactivation("A1", day(0), 400, List.of(t.credit(0, 99_999), t.credit(30, 50_000)));

        assertThat(DormantReactivationRule.evaluate("C1", List.of(shortIdle, tooLittle), POLICY.dormantReactivation(), "CNY"))
                .isEmpty();
    }

    @Test
    void twoAccountsReactivatedInOverlappingPeriodsAreOneAlert() {
        Reactivation a1 = new Reactivation("A1", day(0), 200, List.of(t.credit(0, 100_000), t.credit(10, 20_000)));
        Reactivation a2 = new Reactivation("A2", day(5), 300, List.of(t.txn("A2", 5, true, 150_000)));

        assertThat(DormantReactivationRule.evaluate("C1", List.of(a2, a1), POLICY.dormantReactivation(), "CNY"))
                .singleElement().satisfies(a -> {
                    assertThat(a.accounts()).containsExactly("A1", "A2");
                    assertThat(a.from()).isEqualTo(day(0));
                    assertThat(a.to()).isEqualTo(day(10));
                    assertThat(a.amount()).isEqualByComparingTo("270000");
                });
    }
}
