package io.clientlens.classify;

import io.clientlens.classify.InvestmentHoldings.Held;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InvestmentHoldingsTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    static InvestmentHoldings.AtBank atBank(Held... holdings) {
        return InvestmentHoldings.of(List.of(holdings), AS_OF, PolicyFixture.v1().investmentExperience());
    }

    static Held held(String type, String opened, String closed) {
        return new Held(type, LocalDate.parse(opened), closed == null ? null : LocalDate.parse(closed));
    }

    @Test
    void aBankWealthProductHeldSince2023CountsEveryDay() {
        // 2023-06-01 → 2026-09-30: 365 + 366 + 365 (to 2026-06-01) + 121 = 1217 days
        assertThat(atBank(held("WEALTH", "2023-06-01", null))).isEqualTo(new InvestmentHoldings.AtBank(1217, 1));
    }

    @Test
    void daysHeldBySeveralHoldingsAtOnceCountOnce() {
        // WEALTH 2025-01-01…2025-10-01 (273 days) and FUND 2025-07-01…as-of (456 days) overlap for 92 days:
        // together 2025-01-01…2026-09-30 = 637 days. The FUND 2025-08-01…2025-09-01 lies inside both: a
        // purchase, no days. Not counted: a deposit-like INSURANCE, a BOND bought after as-of.
        var result = atBank(
                held("FUND", "2025-07-01", null),
                held("WEALTH", "2025-01-01", "2025-10-01"),
                held("FUND", "2025-08-01", "2025-09-01"),
                held("INSURANCE", "2015-01-01", null),
                held("BOND", "2026-10-01", null));
        assertThat(result).isEqualTo(new InvestmentHoldings.AtBank(637, 3));
    }

    @Test
    void aRedemptionAfterAsOfEndsAtAsOfAndSeparatePeriodsAdd() {
        // 2024-01-01…2024-03-01 (60 days), a gap, then 2026-09-01…2027-03-01 cut at as-of (29 days)
        assertThat(atBank(held("STRUCTURED", "2026-09-01", "2027-03-01"), held("BOND", "2024-01-01", "2024-03-01")))
                .isEqualTo(new InvestmentHoldings.AtBank(89, 2));
    }

    @Test
    void noInvestmentHoldingsGiveNothing() {
        assertThat(atBank()).isEqualTo(new InvestmentHoldings.AtBank(0, 0));
        assertThat(atBank(held("DEPOSIT", "2020-01-01", null))).isEqualTo(new InvestmentHoldings.AtBank(0, 0));
    }
}
