package io.clientlens.aml.monitor;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.clientlens.aml.monitor.Txns.POLICY;
import static io.clientlens.aml.monitor.Txns.day;
import static org.assertj.core.api.Assertions.assertThat;

/** ≥ 20 distinct counterparties within 30 days. */
class ManyCounterpartiesRuleTest {
    private final Txns t = new Txns();

    /** One transaction a day from day {@code first}, each with counterparty P1, P2, … (or the same one again). */
    private List<CounterpartyTxn> payers(int first, int count, int distinct) {
        List<CounterpartyTxn> txns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            txns.add(new CounterpartyTxn(t.credit(first + i, 1_000), "BANK/P" + (i % distinct)));
        }
        return txns;
    }

    @Test
    void twentyDistinctPayersWithinThirtyDaysAreAnAlert() {
        List<Alert> alerts = ManyCounterpartiesRule.evaluate("C1", payers(0, 20, 20), POLICY.manyCounterparties(), "CNY");

        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.from()).isEqualTo(day(0));
            assertThat(a.to()).isEqualTo(day(19));
            assertThat(a.amount()).isEqualByComparingTo("20000");
            assertThat(a.transactions()).hasSize(20);
            assertThat(a.score()).isEqualTo(50);
        });
    }

    @Test
    void nineteenDistinctOrTheSameOnesAgainAreNoAlert() {
        assertThat(ManyCounterpartiesRule.evaluate("C1", payers(0, 19, 19), POLICY.manyCounterparties(), "CNY")).isEmpty();
        assertThat(ManyCounterpartiesRule.evaluate("C1", payers(0, 29, 19), POLICY.manyCounterparties(), "CNY")).isEmpty();
    }

    @Test
    void twentyDistinctSpreadOverThirtyOneDaysAreNot() {
        List<CounterpartyTxn> txns = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // days 0, 0, …: ten on day 0 and ten on day 30; the windows ending on day 30 start on day 1
            txns.add(new CounterpartyTxn(t.credit(i < 10 ? 0 : 30, 1_000), "BANK/P" + i));
        }
        assertThat(ManyCounterpartiesRule.evaluate("C1", txns, POLICY.manyCounterparties(), "CNY")).isEmpty();
        txns.set(10, new CounterpartyTxn(t.credit(29, 1_000), "BANK/P10"));
        assertThat(ManyCounterpartiesRule.evaluate("C1", txns, POLICY.manyCounterparties(), "CNY")).isEmpty();
    }
}
