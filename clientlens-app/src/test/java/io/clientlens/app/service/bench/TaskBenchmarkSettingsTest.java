package io.clientlens.app.service.bench;

import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.batch.generate.TransactionTarget;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The task benchmark's --transactions option: the generator's pilot chooses the settings, as for generate --transactions. */
class TaskBenchmarkSettingsTest {

    @Test
    void transactionsAskTheGeneratorsPilotForTheSettings() {
        GeneratorSettings settings = TaskBenchmark.generatorSettings(20_000, "400000", 2);
        assertThat(settings).isEqualTo(TransactionTarget.settings(20_000, 20260930L, LocalDate.of(2026, 9, 30), 400_000));
        // 20 transactions a customer is the low-activity mode (a year of history), not two years at two a month
        assertThat(settings.lowActivity()).isTrue();
        assertThat(TaskBenchmark.generatorSettings(20_000, "400_000", 2)).isEqualTo(settings);
    }

    @Test
    void withoutTransactionsTheDefaultHistoryAtTheRatePerMonth() {
        assertThat(TaskBenchmark.generatorSettings(1_000, null, 2))
                .isEqualTo(new GeneratorSettings(1_000, 20260930L, LocalDate.of(2026, 9, 30), 730, 2));
    }

    @Test
    void aBadCountNamesTheOption() {
        assertThatThrownBy(() -> TaskBenchmark.generatorSettings(1_000, "many", 2))
                .hasMessage("--transactions: expected a positive number, was many");
        assertThatThrownBy(() -> TaskBenchmark.generatorSettings(1_000, "0", 2))
                .hasMessage("--transactions: expected a positive number, was 0");
    }
}
