package io.clientlens.app.ui;

import io.clientlens.code.Language;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class YuanTest {
    @Test
    void writesEveryAmountExactToTheFenWithGroupingTheSameInBothLanguages() {
        assertThat(Yuan.of(new BigDecimal("10278.24"), Language.ZH)).isEqualTo("10,278.24 元");
        assertThat(Yuan.of(new BigDecimal("10278.24"), Language.EN)).isEqualTo("10,278.24 CNY");
        assertThat(Yuan.of(new BigDecimal("8500"), Language.ZH)).isEqualTo("8,500.00 元");
        assertThat(Yuan.of(new BigDecimal("9999.5"), Language.ZH)).isEqualTo("9,999.50 元");
        assertThat(Yuan.of(new BigDecimal("612000"), Language.ZH)).isEqualTo("612,000.00 元");
        assertThat(Yuan.of(new BigDecimal("123456789.015"), Language.ZH)).isEqualTo("123,456,789.02 元");
        assertThat(Yuan.of(new BigDecimal("-16000"), Language.ZH)).isEqualTo("-16,000.00 元");
        assertThat(Yuan.of(new BigDecimal("-0.05"), Language.EN)).isEqualTo("-0.05 CNY");
        assertThat(Yuan.of(new BigDecimal("0"), Language.ZH)).isEqualTo("0.00 元");
        assertThat(Yuan.of(null, Language.ZH)).isEqualTo("—");
    }

    @Test
    void writesAnotherCurrencyOfTheDataWithItsUnit() {
        assertThat(Yuan.of(new BigDecimal("612000"), Language.ZH, "CZK")).isEqualTo("612,000.00 克朗");
        assertThat(Yuan.of(new BigDecimal("612000"), Language.EN, "CZK")).isEqualTo("612,000.00 CZK");
        assertThat(Yuan.of(new BigDecimal("612000"), Language.ZH, "CNY")).isEqualTo("612,000.00 元");
        assertThat(Yuan.of(null, Language.ZH, "CZK")).isEqualTo("—");
    }

    @Test
    void exactAgreesWithDecimalFormatOnRandomAmounts() {
        DecimalFormat format = new DecimalFormat("#,##0.00");
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        Random random = new Random(17);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong() % 10_000_000_000_000L, random.nextInt(4));
            assertThat(Yuan.exact(amount)).as("seed 17, case %d: %s", i, amount).isEqualTo(format.format(amount));
        }
    }

    @Test
    void tilesRoundToWanOrMillionsAndSaySo() {
        assertThat(Yuan.tile(new BigDecimal("10278.24"), Language.ZH)).isEqualTo("1.03 万元");
        assertThat(Yuan.tile(new BigDecimal("10278.24"), Language.EN)).isEqualTo("10.3 thousand CNY");
        assertThat(Yuan.tile(new BigDecimal("1550000"), Language.ZH)).isEqualTo("155 万元");
        assertThat(Yuan.tile(new BigDecimal("1550000"), Language.EN)).isEqualTo("1.55 million CNY");
        assertThat(Yuan.tile(new BigDecimal("123456789"), Language.ZH)).isEqualTo("1.23 亿元");
        assertThat(Yuan.tile(new BigDecimal("8500.4"), Language.ZH)).isEqualTo("8,500 元");
        assertThat(Yuan.tile(new BigDecimal("-16000"), Language.ZH)).isEqualTo("-1.6 万元");
        assertThat(Yuan.tile(new BigDecimal("612000"), Language.ZH, "CZK")).isEqualTo("61.2 万克朗");
        assertThat(Yuan.tile(null, Language.EN)).isEqualTo("—");
    }
}
