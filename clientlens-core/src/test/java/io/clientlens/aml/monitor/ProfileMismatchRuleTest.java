package io.clientlens.aml.monitor;

import io.clientlens.customer.CustomerType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.clientlens.aml.monitor.Txns.POLICY;
import static io.clientlens.aml.monitor.Txns.day;
import static org.assertj.core.api.Assertions.assertThat;

class ProfileMismatchRuleTest {
    private final Txns t = new Txns();
    private static final LocalDate AS_OF = day(60);
    private static final CustomerFacts EARNS_100K = new CustomerFacts(CustomerType.INDIVIDUAL, LocalDate.of(1980, 1, 1),
            BigDecimal.valueOf(100_000), null);

    @Test
    void creditsAboveThreeTimesTheDeclaredIncomeRaiseAnAlertOverTheCredits() {
        var alert = ProfileMismatchRule.evaluate("C1", EARNS_100K, List.of(t.credit(0, 200_000), t.credit(30, 100_001)),
                AS_OF, POLICY.profileMismatch(), "CNY");

        assertThat(alert).hasValueSatisfying(a -> {
            assertThat(a.from()).isEqualTo(day(0));
            assertThat(a.to()).isEqualTo(day(30));
            assertThat(a.amount()).isEqualByComparingTo("300001");
            assertThat(a.transactions()).containsExactly("T1", "T2");
            assertThat(a.score()).isEqualTo(60);
            assertThat(a.en()).isEqualTo("Credits of 300,001 CNY in 365 days > 3 × declared annual income 100,000 CNY");
        });
    }

    @Test
    void exactlyThreeTimesTheIncomeIsNoAlert() {
        assertThat(ProfileMismatchRule.evaluate("C1", EARNS_100K, List.of(t.credit(0, 300_000)), AS_OF,
                POLICY.profileMismatch(), "CNY")).isEmpty();
    }

    @Test
    void aCompanyIsComparedWithFiveTimesItsCapital() {
        CustomerFacts company = new CustomerFacts(CustomerType.CORPORATE, null, BigDecimal.valueOf(10_000_000),
                BigDecimal.valueOf(1_000_000));

        assertThat(ProfileMismatchRule.evaluate("E1", company, List.of(t.credit(0, 5_000_000)), AS_OF,
                POLICY.profileMismatch(), "CNY")).isEmpty();
        assertThat(ProfileMismatchRule.evaluate("E1", company, List.of(t.credit(0, 5_000_001)), AS_OF,
                POLICY.profileMismatch(), "CNY")).hasValueSatisfying(a -> assertThat(a.zh()).contains("5 × 注册资本 1,000,000 元"));
    }

    @Test
    void theAgeLimitsCountOnTheDayOfTheBirthday() {
        // 18 on AS_OF: no longer a minor; 75 on AS_OF: old enough for the age test
        CustomerFacts justEighteen = new CustomerFacts(CustomerType.INDIVIDUAL, AS_OF.minusYears(18), null, null);
        CustomerFacts almostEighteen = new CustomerFacts(CustomerType.INDIVIDUAL, AS_OF.minusYears(18).plusDays(1), null, null);
        CustomerFacts seventyFive = new CustomerFacts(CustomerType.INDIVIDUAL, AS_OF.minusYears(75), null, null);
        List<TxnRef> halfAMillion = List.of(t.credit(0, 500_000));

        assertThat(ProfileMismatchRule.evaluate("C1", justEighteen, halfAMillion, AS_OF, POLICY.profileMismatch(), "CNY")).isEmpty();
        assertThat(ProfileMismatchRule.evaluate("C1", almostEighteen, halfAMillion, AS_OF, POLICY.profileMismatch(), "CNY"))
                .hasValueSatisfying(a -> assertThat(a.zh()).startsWith("年龄 17 岁"));
        assertThat(ProfileMismatchRule.evaluate("C1", seventyFive, halfAMillion, AS_OF, POLICY.profileMismatch(), "CNY")).isPresent();
        assertThat(ProfileMismatchRule.evaluate("C1", seventyFive, List.of(t.credit(0, 499_999)), AS_OF,
                POLICY.profileMismatch(), "CNY")).isEmpty();
    }
}
