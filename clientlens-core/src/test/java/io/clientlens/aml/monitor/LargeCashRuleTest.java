package io.clientlens.aml.monitor;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.clientlens.aml.monitor.Txns.POLICY;
import static io.clientlens.aml.monitor.Txns.day;
import static org.assertj.core.api.Assertions.assertThat;

class LargeCashRuleTest {
    private final Txns t = new Txns();

    @Test
    void depositsAndWithdrawalsOfOneDayOnTwoAccountsReachingTheThresholdAreOneAlert() {
        List<Alert> alerts = LargeCashRule.evaluate("C1", List.of(t.credit(0, 30_000), t.txn("A2", 0, false, 20_000),
                t.credit(1, 49_000)), POLICY.largeCash(), "CNY");

        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.rule()).isEqualTo(AlertRule.LARGE_CASH);
            assertThat(a.from()).isEqualTo(day(0));
            assertThat(a.to()).isEqualTo(day(0));
            assertThat(a.amount()).isEqualByComparingTo("50000");
            assertThat(a.accounts()).containsExactly("A1", "A2");
            assertThat(a.transactions()).containsExactly("T1", "T2");
            assertThat(a.score()).isEqualTo(40);
            assertThat(a.zh()).isEqualTo("2026-03-02 现金存取合计 50,000 元（2 笔）≥ 50,000 元");
        });
    }

    @Test
    void aFenBelowTheThresholdIsNoAlert() {
        assertThat(LargeCashRule.evaluate("C1", List.of(t.credit(0, 30_000), t.debit(0, 19_999)), POLICY.largeCash(), "CNY"))
                .isEmpty();
        assertThat(LargeCashRule.evaluate("C1", List.of(new TxnRef("T9", "A1", day(0), 9, true,
                new java.math.BigDecimal("49999.99"))), POLICY.largeCash(), "CNY")).isEmpty();
    }

    @Test
    void cashOnTwoNeighbouringDaysIsNotAddedUp() {
        // 25,000 late on one day and 25,000 early the next: two days, neither reaches the threshold
        assertThat(LargeCashRule.evaluate("C1", List.of(t.credit(0, 25_000), t.credit(1, 25_000)), POLICY.largeCash(), "CNY"))
                .isEmpty();
    }

    @Test
    void theScoreGrowsWithTheAmountUpToAHundred() {
        assertThat(LargeCashRule.evaluate("C1", List.of(t.credit(0, 75_000)), POLICY.largeCash(), "CNY").get(0).score())
                .isEqualTo(60);
        assertThat(LargeCashRule.evaluate("C1", List.of(t.credit(2, 500_000)), POLICY.largeCash(), "CNY").get(0).score())
                .isEqualTo(100);
    }
}
