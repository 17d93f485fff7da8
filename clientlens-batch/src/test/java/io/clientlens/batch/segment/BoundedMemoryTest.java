package io.clientlens.batch.segment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A segment run in a child JVM with a 64 MiB heap over a transactions file several times larger. */
class BoundedMemoryTest {
    @TempDir
    Path tmp;

    @Test
    void segmentsATransactionFileFarLargerThanTheHeap() throws IOException, SQLException, InterruptedException {
        Path input = LayoutFixture.small(tmp.resolve("in"));
        Path tx = input.resolve("transactions.csv");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
            // 2,400,000 postings spread over the fixture's accounts (about 170 MB of CSV)
            s.execute("copy (select 'X-' || i as transactionId, i as sequence, 'A' || (1 + i % 4) as accountId, "
                    + "DATE '2025-01-01' + cast(i % 360 as integer) as date, 'DEBIT' as direction, "
                    + "'CARD_PAYMENT_WITH_A_LONG_OPERATION_NAME' as operation, "
                    + "cast(1 + i % 1000 as decimal(18,2)) as amount, cast(i % 5000 as decimal(18,2)) as balance, "
                    + "'CONSUMPTION' as category, 'SOME COUNTERPARTY BANK' as counterpartyBank, "
                    + "'6222020000000000000' as counterpartyAccount from range(2400000) t(i)) to "
                    + SegmentInput.literal(tmp.resolve("big.csv")) + " (header true)");
        }
        Files.move(tmp.resolve("big.csv"), tx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(tx)).isGreaterThan(3L * 64 * 1024 * 1024);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), SegmentMain.class.getName(),
                input.toString(), tmp.resolve("out").toString(), "2025-12-31")
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("customers=3");
        assertThat(Files.readString(tmp.resolve("out").resolve(SegmentRunner.JSONL))).contains("\"activityCount365\":");
    }
}
