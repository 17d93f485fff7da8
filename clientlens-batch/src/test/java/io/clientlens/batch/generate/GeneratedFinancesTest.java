package io.clientlens.batch.generate;

import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Liability;
import io.clientlens.customer.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The households of the demo base (2,000 customers, the demo's seed) are plausible: most have an annual
 * surplus, a stated share are in deficit, and credit-card payments are a part of the balance, not all of it
 * (the generator's policy, docs/generic-layout.md "Generated households").
 */
class GeneratedFinancesTest {
    private static List<Profile> withFinances;
    private static List<Liability> cards;

    @BeforeAll
    static void generateTheDemoBase() {
        CustomerBaseGenerator generator = new CustomerBaseGenerator(GeneratorSettings.demo(2_000));
        List<Profile> individuals = IntStream.range(0, 2_000).mapToObj(i -> generator.customer(i).profile())
                .filter(p -> p.type() == CustomerType.INDIVIDUAL).toList();
        withFinances = individuals.stream()
                .filter(p -> p.income() != null && p.expenses() != null && p.liabilities() != null).toList();
        cards = individuals.stream().filter(p -> p.liabilities() != null).flatMap(p -> p.liabilities().stream())
                .filter(l -> l.kind() == Liability.Kind.CREDIT_CARD).toList();
    }

    /** Σ income − Σ expenses − 12 × Σ monthly payments, as the needs analysis computes the surplus. */
    private static BigDecimal annualSurplus(Profile p) {
        BigDecimal payments = p.liabilities().stream().map(Liability::monthlyPayment).reduce(BigDecimal.ZERO, BigDecimal::add);
        return p.income().total().subtract(p.expenses().total()).subtract(payments.multiply(BigDecimal.valueOf(12)));
    }

    @Test
    void between_ten_and_twenty_percent_of_households_spend_more_than_they_earn() {
        long deficit = withFinances.stream().filter(p -> annualSurplus(p).signum() < 0).count();
        double share = deficit / (double) withFinances.size();

        assertThat(withFinances).hasSizeGreaterThan(1_500);
        assertThat(share).as("share of households in deficit (%d of %d)", deficit, withFinances.size()).isBetween(0.10, 0.20);
    }

    @Test
    void card_payments_are_the_minimum_repayment_a_tenth_of_the_balance() {
        assertThat(cards).hasSizeGreaterThan(300);
        for (Liability card : cards) {
            BigDecimal fraction = card.monthlyPayment().divide(card.outstanding(), 4, RoundingMode.HALF_UP);
            assertThat(fraction).as("payment %s of balance %s", card.monthlyPayment(), card.outstanding())
                    .isBetween(new BigDecimal("0.05"), new BigDecimal("0.15"));
        }
        BigDecimal payments = cards.stream().map(Liability::monthlyPayment).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal balances = cards.stream().map(Liability::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(payments.divide(balances, 3, RoundingMode.HALF_UP)).isEqualByComparingTo("0.100");
    }
}
