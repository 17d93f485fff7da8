package io.clientlens.batch.generate;

import io.clientlens.aml.monitor.AlertRule;
import io.clientlens.bank.AccountLink;
import io.clientlens.bank.Transaction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator plants each monitoring typology in a known set of customers and changes no one else. */
class PlantedTypologiesTest {
    private static final GeneratorSettings SETTINGS = GeneratorSettings.of(1_200, 42, LocalDate.of(2026, 9, 30));

    @Test
    void plantsEveryTypologyInEachBlockOfFiveHundredCustomers() {
        List<PlantedCase> truth = new ArrayList<>();
        new CustomerBaseGenerator(SETTINGS).generate(new RecordingSink(), truth::add);

        Map<AlertRule, Long> byRule = truth.stream().collect(Collectors.groupingBy(PlantedCase::rule, Collectors.counting()));
        // three blocks (the third with 200 customers); PROFILE_MISMATCH needs income or capital to exceed
        assertThat(byRule.keySet()).containsExactlyInAnyOrder(AlertRule.values());
        assertThat(byRule.values()).allMatch(n -> n >= 2 && n <= 3);
        assertThat(truth).allSatisfy(c -> {
            assertThat(c.from()).isAfter(SETTINGS.endDate().minusDays(365));
            assertThat(c.to()).isBeforeOrEqualTo(SETTINGS.endDate());
            assertThat(c.from()).isBeforeOrEqualTo(c.to());
        });
        assertThat(truth.stream().filter(c -> c.rule() == AlertRule.LARGE_CASH)).allMatch(c -> c.from().equals(c.to()));
    }

    @Test
    void aPlantedCustomerGainsAnOwnedAccountWithTheTypologyAndKeepsEverythingElse() {
        CustomerBaseGenerator generator = new CustomerBaseGenerator(SETTINGS);
        int index = firstPlanted(generator, AlertRule.RAPID_IN_OUT);
        GeneratedCustomer base = generator.baseCustomer(index);
        GeneratedCustomer planted = generator.customer(index);

        assertThat(planted.profile()).isEqualTo(base.profile());
        assertThat(planted.accounts()).containsAll(base.accounts()).hasSize(base.accounts().size() + 1);
        String account = planted.accounts().get(planted.accounts().size() - 1).accountId();
        assertThat(account).endsWith("90");
        assertThat(planted.links()).anyMatch(l -> l.accountId().equals(account) && l.role() == AccountLink.Role.OWNER);
        assertThat(planted.transactions()).containsAll(base.transactions());
        List<Transaction> added = planted.transactions().stream().filter(t -> t.accountId().equals(account)).toList();
        assertThat(added).anyMatch(Transaction::crossBorder);
        assertThat(added).extracting(Transaction::sequence).isSorted();
        assertThat(planted.transactions()).extracting(Transaction::date).isSorted();
    }

    @Test
    void customersWithoutATypologyAreExactlyAsGeneratedWithoutPlanting() {
        CustomerBaseGenerator generator = new CustomerBaseGenerator(SETTINGS);
        for (int i = 0; i < 40; i++) {
            GeneratedCustomer customer = generator.customer(i);
            if (customer.planted().isEmpty()) {
                assertThat(customer).isEqualTo(generator.baseCustomer(i));
            }
        }
    }

    @Test
    void whoIsPlantedDoesNotDependOnHowManyCustomersAreGenerated() {
        CustomerBaseGenerator small = new CustomerBaseGenerator(GeneratorSettings.of(10, 42, SETTINGS.endDate()));
        CustomerBaseGenerator large = new CustomerBaseGenerator(SETTINGS);

        for (int i = 0; i < 10; i++) {
            assertThat(small.customer(i)).isEqualTo(large.customer(i));
        }
    }

    private static int firstPlanted(CustomerBaseGenerator generator, AlertRule rule) {
        for (int i = 0; i < 500; i++) {
            if (PlantedTypologies.typology(SETTINGS, i) == rule && !generator.customer(i).planted().isEmpty()) {
                return i;
            }
        }
        throw new AssertionError("no customer with " + rule + " in the first block");
    }
}
