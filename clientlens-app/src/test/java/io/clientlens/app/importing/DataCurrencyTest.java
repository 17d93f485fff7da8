package io.clientlens.app.importing;

import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.support.BerkaData;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.Progress;
import io.clientlens.batch.berka.BerkaReader;
import io.clientlens.policy.Policy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data's currency is kept between pages, read again after an import or a run in this process, and after
 * {@link DataCurrency#KEPT} when another process (the command line) may have recorded it.
 */
class DataCurrencyTest extends PostgresTest {
    @Autowired
    DataCurrency currency;
    @Autowired
    Imports imports;
    @Autowired
    ClassificationRuns runs;
    @Autowired
    Policy policy;

    @Test
    void keptUntilAnImportOrARunInThisProcess() {
        assertThat(policy.currency()).isNotEqualTo("CZK");
        assertThat(currency.code()).isEqualTo(policy.currency());
        // recorded by another process: not seen until the value is read again
        jdbc.update("insert into data_currency (currency) values ('EUR')");
        assertThat(currency.code()).isEqualTo(policy.currency());
        currency.forget();
        assertThat(currency.code()).isEqualTo("EUR");

        // an import in this process is seen at once (the Berka data set records CZK)
        jdbc.update("delete from data_currency");
        currency.forget();
        assertThat(currency.code()).isEqualTo(policy.currency());
        imports.load(sink -> new BerkaReader().read(BerkaData.dir(), sink));
        assertThat(currency.code()).isEqualTo("CZK");

        // so is a run: what another process did before it is read again
        jdbc.update("update data_currency set currency = 'EUR'");
        assertThat(currency.code()).isEqualTo("CZK");
        runs.run(null, Progress.NONE);
        assertThat(currency.code()).isEqualTo("EUR");
    }

    @Test
    void readAgainAfterTheTimeItIsKept() {
        AtomicLong now = new AtomicLong(1_000);
        DataCurrency kept = new DataCurrency(jdbc, policy, now::get);
        assertThat(kept.code()).isEqualTo(policy.currency());
        jdbc.update("insert into data_currency (currency) values ('CZK')");
        now.addAndGet(DataCurrency.KEPT.toNanos() - 1);
        assertThat(kept.code()).isEqualTo(policy.currency());
        now.addAndGet(1);
        assertThat(kept.code()).isEqualTo("CZK");
    }
}
