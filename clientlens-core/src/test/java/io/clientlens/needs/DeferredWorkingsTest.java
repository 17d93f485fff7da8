package io.clientlens.needs;

import io.clientlens.code.Label;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The demand class of every customer needs the gaps' amounts, not their sums written out: workings wait to be read. */
class DeferredWorkingsTest {

    @Test
    void aSumWritesItsWorkingsOutOnlyWhenRead() {
        AtomicInteger written = new AtomicInteger();
        Figure salary = Figure.known("salary", Label.of("工资收入", "salary"), new BigDecimal("300000"), () -> {
            written.incrementAndGet();
            return Label.of("资料字段 income.salary", "profile field income.salary");
        });
        Figure other = Figure.input("other", Label.of("其他收入", "other income"), new BigDecimal("10000"), "income.other");

        Figure total = Arithmetic.sum("netIncome", Label.of("税后收入", "net income"), List.of(salary, other));

        assertThat(total.amount()).isEqualByComparingTo("310000");
        assertThat(written).hasValue(0);
        assertThat(total.workings().zh()).isEqualTo("工资收入 300,000 + 其他收入 10,000 = 310,000");
        assertThat(total.workings().en()).isEqualTo("salary 300,000 + other income 10,000 = 310,000");
        assertThat(written).as("a sum writes its terms' names and values, not their own workings").hasValue(0);
        assertThat(salary.as("pay", Label.of("工资", "pay")).workings().zh()).isEqualTo("资料字段 income.salary");
        assertThat(written).hasValue(1);
    }

    @Test
    void aProfileValueIsNamedByItsGroupAndNameAsTheProfileFormShowsItNotByItsPath() {
        Figure salary = Figure.input("salary", Label.of("工资收入", "salary"), new BigDecimal("300000"), "income.salary");
        Figure car = Figure.input("vehicles", Label.of("车辆", "vehicles"), null, "assets.vehicles");

        assertThat(salary.workings()).isEqualTo(Label.of("客户资料 · 收入 · 工资收入", "profile · Income · salary"));
        assertThat(car.workings()).isEqualTo(Label.of("客户资料 · 资产 · 车辆（未填，按 0 计）", "profile · Assets · vehicles (empty, counted as 0)"));
    }

    @Test
    void aMissingOperandGivesItsOwnReason() {
        Figure missing = Figure.missing("income", Label.of("收入", "income"), Label.of("收入信息缺失", "income missing"));
        Figure twelve = Figure.known("months", Label.of("月数", "months"), BigDecimal.valueOf(12), Label.of("一年12个月", "12 months"));

        Figure yearly = Arithmetic.times("yearly", Label.of("年收入", "yearly"), missing, twelve);

        assertThat(yearly.isKnown()).isFalse();
        assertThat(yearly.workings()).isEqualTo(Label.of("收入信息缺失", "income missing"));
        assertThat(yearly).isEqualTo(Figure.missing("yearly", Label.of("年收入", "yearly"), Label.of("收入信息缺失", "income missing")));
    }
}
