package io.clientlens.aml.monitor;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.clientlens.aml.monitor.Txns.POLICY;
import static io.clientlens.aml.monitor.Txns.day;
import static org.assertj.core.api.Assertions.assertThat;

/** ≥ 50,000 in on a day, ≥ 90 % of it out that day or the next, 3 times within 30 days. */
class RapidInOutRuleTest {
    private final Txns t = new Txns();

    private InOutDay inOut(int day, long in, int outDay, long out) {
        return new InOutDay(day(day), List.of(t.credit(day, in), t.debit(outDay, out)));
    }

    @Test
    void threeInAndOutsWithinThirtyDaysAreOneAlert() {
        List<Alert> alerts = RapidInOutRule.evaluate("C1", List.of(inOut(0, 100_000, 1, 90_000), inOut(10, 50_000, 10, 49_000),
                inOut(29, 80_000, 30, 79_000)), POLICY.rapidInOut(), "CNY");

        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.from()).isEqualTo(day(0));
            assertThat(a.to()).isEqualTo(day(30));
            assertThat(a.amount()).isEqualByComparingTo("230000");
            assertThat(a.transactions()).hasSize(6);
            assertThat(a.score()).isEqualTo(80);
        });
    }

    @Test
    void outLessThanNinetyPerCentOrInBelowFiftyThousandDoesNotCount() {
        assertThat(RapidInOutRule.evaluate("C1", List.of(inOut(0, 100_000, 1, 89_999), inOut(10, 50_000, 10, 49_000),
                inOut(20, 80_000, 21, 79_000)), POLICY.rapidInOut(), "CNY")).isEmpty();
        assertThat(RapidInOutRule.evaluate("C1", List.of(inOut(0, 49_999, 1, 49_999), inOut(10, 50_000, 10, 49_000),
                inOut(20, 80_000, 21, 79_000)), POLICY.rapidInOut(), "CNY")).isEmpty();
    }

    @Test
    void outOnTheSecondDayAfterIsTooLateAndTheThirtiethDayOutsideTheWindow() {
        assertThat(RapidInOutRule.evaluate("C1", List.of(inOut(0, 100_000, 2, 100_000), inOut(10, 50_000, 10, 49_000),
                inOut(20, 80_000, 21, 79_000)), POLICY.rapidInOut(), "CNY")).isEmpty();
        assertThat(RapidInOutRule.evaluate("C1", List.of(inOut(0, 100_000, 1, 100_000), inOut(10, 50_000, 10, 49_000),
                inOut(30, 80_000, 31, 79_000)), POLICY.rapidInOut(), "CNY")).isEmpty();
    }
}
