package io.clientlens.batch.berka;

import io.clientlens.batch.ImportSummary;
import io.clientlens.importing.ImportIssue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The real Berka extract kept in the repository (data/berka), read once for all assertions. */
class BerkaReaderRealDataTest {
    private static final CountingSink sink = new CountingSink();
    private static ImportSummary summary;

    @BeforeAll
    static void readTheRealFiles() {
        summary = new BerkaReader().read(BerkaData.directory(), sink);
    }

    @Test
    void deliversEveryRowOfTheRealFilesExceptTheCutOffLast() {
        assertThat(sink.counts).containsOnly(
                entry("branch", 77L), entry("customer", 5_369L), entry("account", 4_500L),
                entry("link", 5_369L), entry("loan", 682L), entry("card", 892L),
                entry("transaction", 49_102L), entry("issue", 1L));
    }

    @Test
    void theRepositoryKeepsTheExtractByteForByteWithItsDescription() throws IOException {
        Path dir = BerkaData.directory();
        for (String file : List.of("account.asc", "card.asc", "client.asc", "disp.asc", "district.asc", "loan.asc",
                "order.asc", "trans.asc", "berka.pdf", "README.md")) {
            assertThat(dir.resolve(file)).as(file).isRegularFile();
        }
        // Cut at 3 MiB in the middle of a line, with the CRLF line ends of the original.
        byte[] trans = Files.readAllBytes(dir.resolve("trans.asc"));
        assertThat(trans).hasSize(3 * 1024 * 1024);
        assertThat(new String(trans, trans.length - 20, 20, java.nio.charset.StandardCharsets.US_ASCII))
                .endsWith(";940331;\"PRIJE").doesNotContain("\n");
        assertThat(new String(trans, 0, 200, java.nio.charset.StandardCharsets.US_ASCII)).contains("\r\n");
    }

    @Test
    void summaryCountsAgreeWithWhatTheSinkReceived() {
        assertThat(summary.rowsRead()).containsExactly(
                entry(ImportSummary.BRANCHES, 77L), entry(ImportSummary.CUSTOMERS, 5_369L),
                entry(ImportSummary.ACCOUNTS, 4_500L), entry(ImportSummary.LINKS, 5_369L),
                entry(ImportSummary.LOANS, 682L), entry(ImportSummary.CARDS, 892L),
                entry(ImportSummary.TRANSACTIONS, 49_102L));
        assertThat(summary.rowsRejected()).containsEntry(ImportSummary.TRANSACTIONS, 1L);
        assertThat(summary.rowsRejected().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1L);
    }

    @Test
    void reportsOnlyTheCutOffLastLineOfTrans() {
        assertThat(summary.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.file()).isEqualTo("trans.asc");
            assertThat(issue.line()).isEqualTo(49_104L);
            assertThat(issue.column()).isNull();
            assertThat(issue.reason()).isEqualTo("该行不完整：应有 10 个字段，实为 4 个 / line is cut off: expected 10 fields, found 4");
        });
        assertThat(sink.issues).isEqualTo(summary.issues());
    }

    @Test
    void deliversReferencedRowsBeforeTheRowsThatReferToThem() {
        List<String> expected = List.of("branch", "customer", "account", "link", "loan", "card", "transaction");
        assertThat(sink.kindsInOrder).filteredOn(kind -> !kind.equals("issue")).isEqualTo(expected);
    }

    @Test
    void strictModeDeliversNothingFromTheRealFilesBecauseTheLastLineIsCut() {
        CountingSink strictSink = new CountingSink();

        ImportSummary strict = new BerkaReader().read(BerkaData.directory(), strictSink, true);

        assertThat(strictSink.total() - strictSink.count("issue")).as("rows delivered").isZero();
        assertThat(strict.issues()).extracting(ImportIssue::line).containsExactly(49_104L);
    }
}
