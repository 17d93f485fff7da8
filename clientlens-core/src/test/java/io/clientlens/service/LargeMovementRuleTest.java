package io.clientlens.service;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static io.clientlens.service.ServiceFixture.customer;
import static io.clientlens.service.ServiceFixture.due;
import static org.assertj.core.api.Assertions.assertThat;

class LargeMovementRuleTest {
    private final TaskRule rule = new LargeMovementRule();

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void anAffluentCustomerReceivingFiveHundredThousand() {
        var t = due(rule, customer().aumTier("AFFLUENT").aum(yuan("3000000")).flows(yuan("500000"), null).build());
        assertThat(t).singleElement().satisfies(x -> {
            // 2026-09-30 is day 20,726 since 1970-01-01; 20,726 / 30 = period 690
            assertThat(x.key()).isEqualTo("LARGE_MOVEMENT:C000001:IN:P690");
            assertThat(x.dueOn()).isEqualTo(ServiceFixture.AS_OF);
            assertThat(x.rule()).isEqualTo("movementAtLeastAmount");
            assertThat(x.reason().zh()).contains("近 30 天资金流入 500,000 元（≥ 500,000 元）");
        });
    }

    @Test
    void thirtyPercentOfAumIsLargeToo() {
        var facts = customer().aumTier("AFFLUENT").aum(yuan("1000000")).flows(null, yuan("300000")).build();
        assertThat(due(rule, facts)).singleElement().satisfies(x -> {
            assertThat(x.key()).endsWith(":OUT:P690");
            assertThat(x.rule()).isEqualTo("movementAtLeastShareOfAum");
            assertThat(x.reason().en()).contains("300,000 CNY (30% of AUM, ≥ 30%)");
        });
        assertThat(due(rule, customer().aumTier("AFFLUENT").aum(yuan("1000000")).flows(null, yuan("299999.99")).build())).isEmpty();
    }

    @Test
    void massCustomersAreWatchedOnlyAsHighEndTargets() {
        var mass = customer().aumTier("MASS").aum(yuan("100000")).flows(yuan("600000"), yuan("600000"));
        assertThat(due(rule, mass.build())).isEmpty();
        assertThat(due(rule, mass.highEndTarget(true).build())).extracting(TaskDue::key)
                .containsExactly("LARGE_MOVEMENT:C000001:IN:P690", "LARGE_MOVEMENT:C000001:OUT:P690");
    }

    @Test
    void theSameMovementIsRemindedOncePerPeriod() {
        var facts = customer().aumTier("PRIVATE").aum(yuan("8000000")).flows(yuan("900000"), null).build();
        String first = rule.apply(facts, ServiceFixture.context(LocalDate.of(2026, 10, 1))).get(0).key();
        assertThat(first).isEqualTo(due(rule, facts).get(0).key());
        // 2026-10-09 is day 20,735: period 691
        assertThat(rule.apply(facts, ServiceFixture.context(LocalDate.of(2026, 10, 9))).get(0).key()).endsWith(":IN:P691");
    }

    @Test
    void withoutAumOnlyTheAmountCounts() {
        assertThat(due(rule, customer().highEndTarget(true).flows(yuan("1"), null).build())).isEmpty();
    }
}
