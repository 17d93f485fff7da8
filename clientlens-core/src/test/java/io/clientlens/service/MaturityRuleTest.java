package io.clientlens.service;

import io.clientlens.service.ServiceFacts.MaturingHolding;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.clientlens.service.ServiceFixture.customer;
import static io.clientlens.service.ServiceFixture.due;
import static org.assertj.core.api.Assertions.assertThat;

class MaturityRuleTest {
    private final TaskRule rule = new MaturityRule();

    private static ServiceFacts holding(String type, LocalDate maturity) {
        return customer().holdings(List.of(new MaturingHolding("H1", "WM2026007", type, new BigDecimal("200000"), maturity))).build();
    }

    @Test
    void aWealthProductMaturingInThirtyDays() {
        var t = due(rule, holding("WEALTH", LocalDate.of(2026, 10, 30))).get(0);
        assertThat(t.key()).isEqualTo("MATURITY:C000001:H1:2026-10-30");
        assertThat(t.dueOn()).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(t.reason().zh()).contains("理财产品 WM2026007（200,000 元）将于 2026-10-30（30 天后）到期");
        assertThat(t.reason().en()).contains("wealth product WM2026007 (200,000 CNY) matures on 2026-10-30");
    }

    @Test
    void thirtyOneDaysAheadIsNotYet() {
        assertThat(due(rule, holding("WEALTH", LocalDate.of(2026, 10, 31)))).isEmpty();
    }

    @Test
    void aTimeDepositMaturingTodayButNotOneThatMaturedYesterday() {
        assertThat(due(rule, holding("TIME_DEPOSIT", ServiceFixture.AS_OF))).hasSize(1);
        assertThat(due(rule, holding("TIME_DEPOSIT", ServiceFixture.AS_OF.minusDays(1)))).isEmpty();
    }

    @Test
    void onlyThePolicysMaturingProductTypes() {
        assertThat(due(rule, holding("FUND", LocalDate.of(2026, 10, 10)))).isEmpty();
        assertThat(due(rule, holding("BOND", LocalDate.of(2026, 10, 10)))).hasSize(1);
    }
}
