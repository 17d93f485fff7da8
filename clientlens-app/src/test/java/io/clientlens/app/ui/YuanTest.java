package io.clientlens.app.ui;

import io.clientlens.code.Language;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class YuanTest {
    @Test
    void writesYuanBelowTenThousandAndWanFromThere() {
        assertThat(Yuan.of(new BigDecimal("8500"), Language.ZH)).isEqualTo("8,500 元");
        assertThat(Yuan.of(new BigDecimal("9999.5"), Language.ZH)).isEqualTo("9,999.50 元");
        assertThat(Yuan.of(new BigDecimal("612000"), Language.ZH)).isEqualTo("61.2 万元");
        assertThat(Yuan.of(new BigDecimal("1550000"), Language.ZH)).isEqualTo("155 万元");
        assertThat(Yuan.of(new BigDecimal("123456789"), Language.ZH)).isEqualTo("12,345.7 万元");
        assertThat(Yuan.of(new BigDecimal("-5000000"), Language.ZH)).isEqualTo("-500 万元");
        assertThat(Yuan.of(new BigDecimal("-6000"), Language.ZH)).isEqualTo("-6,000 元");
        assertThat(Yuan.of(new BigDecimal("-16000"), Language.ZH)).isEqualTo("-1.6 万元");
        assertThat(Yuan.of(new BigDecimal("612000"), Language.EN)).isEqualTo("612,000 CNY");
        assertThat(Yuan.of(null, Language.ZH)).isEqualTo("—");
    }

    @Test
    void writesAnotherCurrencyOfTheDataAsReasonsDoAndYuanAsBefore() {
        assertThat(Yuan.of(new BigDecimal("612000"), Language.ZH, "CZK")).isEqualTo("612,000 克朗");
        assertThat(Yuan.of(new BigDecimal("612000"), Language.EN, "CZK")).isEqualTo("612,000 CZK");
        assertThat(Yuan.of(new BigDecimal("612000"), Language.ZH, "CNY")).isEqualTo("61.2 万元");
        assertThat(Yuan.of(null, Language.ZH, "CZK")).isEqualTo("—");
    }
}
