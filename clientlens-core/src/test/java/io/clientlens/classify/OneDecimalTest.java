package io.clientlens.classify;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Investment years are written by hand; they must read exactly as String.format("%.1f") wrote them. */
class OneDecimalTest {

    @Test
    void readsAsFormatterForEveryBankHoldingUpToFortyYearsAndDeclaredYears() {
        for (int days = 0; days <= 40 * 366; days++) {
            double years = days / 365.0;
            assertThat(InvestmentExperienceRule.oneDecimal(years)).as("%d days", days)
                    .isEqualTo(String.format(Locale.ROOT, "%.1f", years));
        }
        for (int declared = 0; declared <= 200; declared++) {
            assertThat(InvestmentExperienceRule.oneDecimal(declared)).isEqualTo(String.format(Locale.ROOT, "%.1f", (double) declared));
        }
    }

    @Test
    void readsAsFormatterForRandomDoublesIncludingTies() {
        Random random = new Random(42);
        double[] ties = {0.05, 0.15, 0.25, 0.35, 0.45, 1.05, 2.25, 9.95, 99.95, 1e7, 1.0E-5, 123456.789};
        for (double tie : ties) {
            assertThat(InvestmentExperienceRule.oneDecimal(tie)).isEqualTo(String.format(Locale.ROOT, "%.1f", tie));
        }
        for (int i = 0; i < 5_000; i++) {
            double years = random.nextDouble() * Math.pow(10, random.nextInt(8));
            assertThat(InvestmentExperienceRule.oneDecimal(years)).as("%s", years)
                    .isEqualTo(String.format(Locale.ROOT, "%.1f", years));
        }
    }
}
