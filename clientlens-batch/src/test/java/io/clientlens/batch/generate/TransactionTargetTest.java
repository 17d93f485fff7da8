package io.clientlens.batch.generate;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TransactionTargetTest {
    private static final LocalDate END = LocalDate.of(2026, 9, 30);

    private static long generatedTransactions(GeneratorSettings settings) {
        RecordingSink sink = RecordingSink.generate(settings);
        return sink.transactions.size();
    }

    @Test
    void twentyTransactionsPerCustomerUseTheLowActivityModeAndLandNearTheTarget() {
        GeneratorSettings settings = TransactionTarget.settings(2000, 7, END, 40_000);

        assertThat(settings.lowActivity()).isTrue();
        assertThat(settings.historyDays()).isEqualTo(365);
        assertThat(settings.bankPostingMonths()).isEqualTo(3);
        assertThat(generatedTransactions(settings)).isBetween(34_000L, 46_000L);
    }

    @Test
    void manyTransactionsPerCustomerKeepTheDefaultHistoryAndLandNearTheTarget() {
        GeneratorSettings settings = TransactionTarget.settings(1000, 7, END, 250_000);

        assertThat(settings.lowActivity()).isFalse();
        assertThat(settings.historyDays()).isEqualTo(730);
        assertThat(generatedTransactions(settings)).isBetween(225_000L, 275_000L);
    }

    @Test
    void theSameRequestGivesTheSameSettings() {
        assertThat(TransactionTarget.settings(3000, 11, END, 60_000))
                .isEqualTo(TransactionTarget.settings(3000, 11, END, 60_000));
    }
}
