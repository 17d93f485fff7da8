package io.clientlens.aml.monitor;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.clientlens.aml.monitor.Txns.POLICY;
import static io.clientlens.aml.monitor.Txns.day;
import static org.assertj.core.api.Assertions.assertThat;

/** ≥ 3 cash transactions of 40,000 to 49,999.99 within 10 days (days d with 0 ≤ end − d < 10). */
class StructuringRuleTest {
    private final Txns t = new Txns();

    @Test
    void threeDepositsJustUnderTheThresholdWithinTenDaysAreOneAlert() {
        List<Alert> alerts = StructuringRule.evaluate("C1", List.of(t.credit(0, 45_000), t.credit(4, 40_000),
                t.credit(9, 49_900), t.credit(30, 45_000)), POLICY, "CNY");

        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.from()).isEqualTo(day(0));
            assertThat(a.to()).isEqualTo(day(9));
            assertThat(a.transactions()).containsExactly("T1", "T2", "T3");
            assertThat(a.amount()).isEqualByComparingTo("134900");
            assertThat(a.score()).isEqualTo(70);
        });
    }

    @Test
    void theTenthDayIsOutsideTheWindow() {
        // day 0 and day 10 are 10 days apart: never in one 10-day window
        assertThat(StructuringRule.evaluate("C1", List.of(t.credit(0, 45_000), t.credit(5, 45_000), t.credit(10, 45_000)),
                POLICY, "CNY")).isEmpty();
    }

    @Test
    void anAmountJustUnderEightyPerCentOrAtTheThresholdDoesNotCount() {
        assertThat(StructuringRule.evaluate("C1", List.of(t.credit(0, 45_000), t.credit(1, 45_000), t.credit(2, 39_999)),
                POLICY, "CNY")).isEmpty();
        assertThat(StructuringRule.evaluate("C1", List.of(t.credit(0, 45_000), t.credit(1, 45_000), t.credit(2, 50_000)),
                POLICY, "CNY")).isEmpty();
    }

    @Test
    void overlappingFiringWindowsAreOneIslandAndALaterEpisodeAnother() {
        List<Alert> alerts = StructuringRule.evaluate("C1", List.of(t.credit(0, 41_000), t.credit(3, 42_000),
                t.credit(6, 43_000), t.credit(12, 44_000), t.debit(14, 45_000), t.credit(40, 41_000), t.credit(41, 41_000),
                t.credit(42, 41_000)), POLICY, "CNY");

        // windows ending on days 6, 12 (3, 6, 12) and 14 (6, 12, 14) fire and share days: one island from day 0 to 14
        assertThat(alerts).extracting(Alert::from, Alert::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(day(0), day(14)), org.assertj.core.groups.Tuple.tuple(day(40), day(42)));
        assertThat(alerts.get(0).transactions()).containsExactly("T1", "T2", "T3", "T4", "T5");
        assertThat(alerts.get(0).score()).isEqualTo(70);
    }
}
