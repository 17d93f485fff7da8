package io.clientlens.batch.generate;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratorDeterminismTest {
    private static final GeneratorSettings SETTINGS = GeneratorSettings.of(300, 42, LocalDate.of(2026, 9, 30));

    @Test
    void sameSettingsDeliverTheSameRecordsInTheSameOrder() {
        RecordingSink first = RecordingSink.generate(SETTINGS);
        RecordingSink second = RecordingSink.generate(SETTINGS);

        assertThat(first.transactions).isNotEmpty();
        assertThat(second.delivered).isEqualTo(first.delivered);
    }

    @Test
    void differentSeedsGiveDifferentCustomers() {
        RecordingSink first = RecordingSink.generate(SETTINGS);
        RecordingSink other = RecordingSink.generate(GeneratorSettings.of(300, 43, SETTINGS.endDate()));

        assertThat(other.profiles).hasSameSizeAs(first.profiles);
        assertThat(other.profiles).isNotEqualTo(first.profiles);
        long sameNames = 0;
        for (int i = 0; i < first.profiles.size(); i++) {
            sameNames += first.profiles.get(i).name().equals(other.profiles.get(i).name()) ? 1 : 0;
        }
        assertThat(sameNames).isLessThan(30);
    }

    @Test
    void aCustomerDoesNotDependOnHowManyOthersAreGenerated() {
        CustomerBaseGenerator small = new CustomerBaseGenerator(GeneratorSettings.of(10, 42, SETTINGS.endDate()));
        CustomerBaseGenerator large = new CustomerBaseGenerator(SETTINGS);

        assertThat(small.customer(7)).isEqualTo(large.customer(7));
    }

    @Test
    void demoSettingsEndOnTheDemoDateWithTheDemoSeed() {
        GeneratorSettings demo = GeneratorSettings.demo(1000);

        assertThat(demo.endDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(demo.seed()).isEqualTo(20260930L);
        assertThat(demo.historyDays()).isEqualTo(730);
        assertThat(demo.averageTransactionsPerAccountPerMonth()).isEqualTo(6.0);
        assertThat(demo.historyStart()).isEqualTo(LocalDate.of(2024, 10, 1));
    }
}
