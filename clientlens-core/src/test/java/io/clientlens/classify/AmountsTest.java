package io.clientlens.classify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts are written by hand for speed; they must read exactly as DecimalFormat wrote them before. */
class AmountsTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "0.004, 0", "0.005, 0.01", "0.05, 0.05", "0.5, 0.50", "1, 1", "999.995, '1,000'",
            "1234, '1,234'", "123456.7, '123,456.70'", "-1234567.891, '-1,234,567.89'", "-0.001, 0", "-0.005, -0.01",
            "1000000, '1,000,000'", "100, 100", "9999999999999999.99, '9,999,999,999,999,999.99'",
            "9999999999999999.995, '10,000,000,000,000,000'", "-99999999999999999.99, '-99,999,999,999,999,999.99'",
            "12345678901234567890.125, '12,345,678,901,234,567,890.13'", "0.01, 0.01", "-0.09, -0.09"})
    void writesAmountsRoundedToFenAndGrouped(String amount, String expected) {
        assertThat(Amounts.plain(new BigDecimal(amount))).isEqualTo(expected);
    }

    @Test
    void readsAsDecimalFormatDidForManyRandomAmounts() {
        Random random = new Random(20261123);
        for (int i = 0; i < 5_000; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(6));
            assertThat(Amounts.plain(amount)).as("%s", amount).isEqualTo(decimalFormat(amount));
        }
    }

    @Test
    void contextWritesEachAmountOnceForBothLanguages() {
        Context c = new Context(null, null, PolicyFixture.v1(), null, java.util.Map.of());
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(4));
            Context.AmountText text = c.amount(amount);
            assertThat(text.zh()).isEqualTo(c.zh(amount));
            assertThat(text.en()).isEqualTo(c.en(amount));
        }
    }

    private static String decimalFormat(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        boolean whole = rounded.stripTrailingZeros().scale() <= 0;
        return new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(rounded);
    }
}
