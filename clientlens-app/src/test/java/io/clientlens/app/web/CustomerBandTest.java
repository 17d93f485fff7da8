package io.clientlens.app.web;

import io.clientlens.app.customer.CustomerHistory;
import io.clientlens.code.Language;
import io.clientlens.questionnaire.RiskLevel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerBandTest {
    static CustomerHistory.RunCodes run(long id, String asOf, String aum) {
        return new CustomerHistory.RunCodes(id, LocalDate.parse(asOf), Map.of(), aum == null ? null : new BigDecimal(aum));
    }

    @Test
    void theTrendReadsOldestFirstWithEachChangeAndTheChangeSinceTheOldestRun() {
        List<CustomerHistory.RunCodes> newestFirst = List.of(run(3, "2026-10-31", "10278.24"), run(2, "2026-09-30", "12000"),
                run(1, "2026-08-31", null), run(0, "2026-07-31", "9000"));
        assertThat(CustomerBand.trend(newestFirst, Language.ZH, "CNY")).containsExactly(
                new CustomerBand.TrendPoint("2026-07-31", "9,000.00 元", null),
                new CustomerBand.TrendPoint("2026-09-30", "12,000.00 元", "up"),
                new CustomerBand.TrendPoint("2026-10-31", "10,278.24 元", "down"));
        assertThat(CustomerBand.change(newestFirst, Language.ZH, "CNY")).isEqualTo("+1,278.24 元");
        assertThat(CustomerBand.change(List.of(run(2, "2026-10-31", "100"), run(1, "2026-09-30", "150.5")), Language.EN, "CZK"))
                .isEqualTo("-50.50 CZK");
        assertThat(CustomerBand.change(List.of(run(2, "2026-10-31", "100")), Language.ZH, "CNY")).isNull();
    }

    @Test
    void theRiskLevelCountsUpToItsLastValidDaySaysWhenItExpiresSoonAndWhenItHasExpired() {
        LocalDate until = LocalDate.of(2027, 5, 31);
        assertThat(CustomerBand.risk(RiskLevel.C3, until, LocalDate.of(2027, 4, 30), 30, Language.ZH))
                .isEqualTo(new CustomerBand.Risk("稳健型", "C3", "2027-05-31", false, false));
        assertThat(CustomerBand.risk(RiskLevel.C3, until, LocalDate.of(2027, 5, 1), 30, Language.EN))
                .isEqualTo(new CustomerBand.Risk("Balanced", "C3", "2027-05-31", false, true));
        assertThat(CustomerBand.risk(RiskLevel.C3, until, until, 30, Language.ZH).expired()).isFalse();
        assertThat(CustomerBand.risk(RiskLevel.C3, until, until.plusDays(1), 30, Language.ZH))
                .isEqualTo(new CustomerBand.Risk("稳健型", "C3", "2027-05-31", true, false));
        assertThat(CustomerBand.risk(null, until, until, 30, Language.ZH)).isNull();
    }

    @Test
    void badgesNameTheirDimensionAndLeaveOutUnknownAndForeignCodes() {
        assertThat(CustomerBand.badges(Map.of("aumTier", "AFFLUENT", "valueClass", "UNKNOWN", "serviceClass", "NOPE",
                "lifeStage", "GROWTH"), Language.ZH)).containsExactly(
                new CustomerBand.Badge("资产层级", "贵宾客户", "AFFLUENT"),
                new CustomerBand.Badge("家庭生命周期", "家庭成长期", "GROWTH"));
    }
}
