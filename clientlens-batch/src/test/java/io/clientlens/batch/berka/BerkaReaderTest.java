package io.clientlens.batch.berka;

import io.clientlens.bank.AccountLink;
import io.clientlens.bank.Transaction;
import io.clientlens.batch.ImportSummary;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.FactSource;
import io.clientlens.customer.Gender;
import io.clientlens.customer.Profile;
import io.clientlens.importing.ImportIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static io.clientlens.batch.berka.BerkaFixture.CLIENT_HEADER;
import static io.clientlens.batch.berka.BerkaFixture.TRANS_HEADER;
import static io.clientlens.batch.berka.BerkaFixture.tinyBank;
import static io.clientlens.batch.berka.BerkaFixture.write;
import static io.clientlens.batch.berka.BerkaFixture.writeRaw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class BerkaReaderTest {
    @TempDir
    Path dir;

    private final BerkaReader reader = new BerkaReader();
    private final CollectingSink sink = new CollectingSink();

    @Test
    void readsTheTinyBankWithoutIssues() {
        ImportSummary summary = reader.read(tinyBank(dir), sink);

        assertThat(summary.issues()).isEmpty();
        assertThat(summary.read(ImportSummary.TRANSACTIONS)).isEqualTo(3);
        assertThat(sink.branches).extracting("branchId", "name", "region")
                .containsExactly(tuple("1", "Hl.m. Praha", "Prague"),
                        tuple("69", "Jesenik", "north Moravia"));
    }

    @Test
    void aManGetsGenderMAndHisDistrictAsRegionAndBranch() {
        reader.read(tinyBank(dir), sink);

        Profile man = sink.customers.get(0);
        assertThat(man.customerId()).isEqualTo("1");
        assertThat(man.type()).isEqualTo(CustomerType.INDIVIDUAL);
        assertThat(man.gender()).isEqualTo(Gender.M);
        assertThat(man.birthDate()).isEqualTo(LocalDate.of(1945, 2, 4));
        assertThat(man.region()).isEqualTo("Hl.m. Praha");
        assertThat(man.branch()).isEqualTo("1");
        assertThat(man.residency()).isEqualTo(Profile.Residency.DOMESTIC);
        assertThat(man.name()).isNull();
        assertThat(man.sources()).containsEntry("basic", new FactSource(FactSource.Channel.ACCOUNT_OPENING, null));
    }

    @Test
    void aWomansBirthNumberWithMonthPlusFiftyGivesGenderFAndTheRealBirthDate() {
        reader.read(tinyBank(dir), sink);

        Profile woman = sink.customers.get(1);
        assertThat(woman.gender()).isEqualTo(Gender.F);
        assertThat(woman.birthDate()).isEqualTo(LocalDate.of(1970, 12, 13));
        assertThat(woman.region()).isEqualTo("Jesenik");
    }

    @Test
    void anOwnerOwnsAndADisponentIsAnAuthorisedUser() {
        reader.read(tinyBank(dir), sink);

        assertThat(sink.links).containsExactly(
                new AccountLink("100", "1", "10", AccountLink.Role.OWNER),
                new AccountLink("101", "2", "10", AccountLink.Role.AUTHORISED));
    }

    @Test
    void mapsAccountLoanAndCardWithTheirDates() {
        reader.read(tinyBank(dir), sink);

        assertThat(sink.accounts).singleElement().satisfies(account -> {
            assertThat(account.branch()).isEqualTo("1");
            assertThat(account.opened()).isEqualTo(LocalDate.of(1993, 1, 1));
            assertThat(account.closed()).isNull();
            assertThat(account.statementFrequency()).isEqualTo("POPLATEK MESICNE");
        });
        assertThat(sink.loans).singleElement().satisfies(loan -> {
            assertThat(loan.granted()).isEqualTo(LocalDate.of(1993, 7, 5));
            assertThat(loan.amount()).isEqualByComparingTo("96396");
            assertThat(loan.durationMonths()).isEqualTo(12);
            assertThat(loan.monthlyPayment()).isEqualByComparingTo("8033.00");
            assertThat(loan.status()).isEqualTo("B");
        });
        assertThat(sink.cards).singleElement().satisfies(card -> {
            assertThat(card.linkId()).isEqualTo("101");
            assertThat(card.cardType()).isEqualTo("gold");
            assertThat(card.issued()).isEqualTo(LocalDate.of(1993, 11, 7));
        });
    }

    @Test
    void prijemIsACreditAndVyberACashWithdrawalDebit() {
        reader.read(tinyBank(dir), sink);

        assertThat(sink.transactions).extracting(Transaction::direction).containsExactly(
                Transaction.Direction.CREDIT, Transaction.Direction.DEBIT, Transaction.Direction.DEBIT);
    }

    @Test
    void cashDepositsAndWithdrawalsAreCashAndTransfersToAnotherBankTransfers() {
        reader.read(tinyBank(dir), sink);

        assertThat(sink.transactions).extracting(Transaction::operation).containsExactly("VKLAD", "VYBER", "PREVOD NA UCET");
        assertThat(sink.transactions).extracting(Transaction::channel).containsExactly(
                Transaction.Channel.CASH, Transaction.Channel.CASH, Transaction.Channel.TRANSFER);
        assertThat(sink.transactions).noneMatch(Transaction::crossBorder);
    }

    @Test
    void anEmptyOrBlankKSymbolGivesNoCategory() {
        reader.read(tinyBank(dir), sink);

        assertThat(sink.transactions).extracting(Transaction::category).containsExactly(null, null, "SIPO");
    }

    @Test
    void mapsEveryFieldOfATransferToAnotherBank() {
        reader.read(tinyBank(dir), sink);

        assertThat(sink.transactions.get(2)).isEqualTo(new Transaction("1002", 1002L, "10",
                LocalDate.of(1993, 1, 31), Transaction.Direction.DEBIT, "PREVOD NA UCET", new BigDecimal("100.00"),
                new BigDecimal("399.50"), "SIPO", "YZ", "62457513", Transaction.Channel.TRANSFER, false));
        assertThat(sink.transactions.get(0).operation()).isEqualTo("VKLAD");
        assertThat(sink.transactions.get(0).counterpartyBank()).isNull();
        assertThat(sink.transactions.get(0).counterpartyAccount()).isNull();
    }

    @Test
    void aBadDateIsReportedWithItsFileLineAndColumnAndTheOtherRowsAreDelivered() {
        tinyBank(dir);
        write(dir, "trans.asc", TRANS_HEADER,
                "1000;10;930101;\"PRIJEM\";\"VKLAD\";700.00;700.00;\"\";;",
                "1001;10;931341;\"VYBER\";\"VYBER\";200.50;499.50;\" \";;",
                "1002;10;930131;\"VYDAJ\";\"PREVOD NA UCET\";100.00;399.50;\"SIPO\";\"YZ\";\"62457513\"");

        ImportSummary summary = reader.read(dir, sink);

        assertThat(summary.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.file()).isEqualTo("trans.asc");
            assertThat(issue.line()).isEqualTo(3);
            assertThat(issue.column()).isEqualTo("date");
            assertThat(issue.reason()).contains("'931341'", "YYMMDD");
        });
        assertThat(sink.transactions).extracting(Transaction::transactionId).containsExactly("1000", "1002");
        assertThat(sink.issues).isEqualTo(summary.issues());
        assertThat(summary.rejected(ImportSummary.TRANSACTIONS)).isEqualTo(1);
        assertThat(summary.read(ImportSummary.TRANSACTIONS)).isEqualTo(2);
    }

    @Test
    void aCutOffLastLineIsReportedAndEverythingBeforeItIsDelivered() {
        tinyBank(dir);
        writeRaw(dir, "trans.asc", TRANS_HEADER + "\r\n"
                + "1000;10;930101;\"PRIJEM\";\"VKLAD\";700.00;700.00;\"\";;\r\n"
                + "1001;10;930105;\"PRIJE");

        ImportSummary summary = reader.read(dir, sink);

        assertThat(summary.issues()).containsExactly(
                new ImportIssue("trans.asc", 3, null, "该行不完整：应有 10 个字段，实为 4 个 / line is cut off: expected 10 fields, found 4"));
        assertThat(sink.transactions).extracting(Transaction::transactionId).containsExactly("1000");
    }

    @Test
    void anUnknownTransactionTypeIsReportedNamingTheCode() {
        tinyBank(dir);
        write(dir, "trans.asc", TRANS_HEADER, "1000;10;930101;\"PRIJEMX\";\"VKLAD\";700.00;700.00;\"\";;");

        ImportSummary summary = reader.read(dir, sink);

        assertThat(summary.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.column()).isEqualTo("type");
            assertThat(issue.reason()).contains("PRIJEMX", "PRIJEM", "VYDAJ", "VYBER");
        });
    }

    @Test
    void anUnparsableAmountNamesItsColumnAndValue() {
        tinyBank(dir);
        write(dir, "trans.asc", TRANS_HEADER, "1000;10;930101;\"PRIJEM\";\"VKLAD\";700,00;700.00;\"\";;");

        ImportSummary summary = reader.read(dir, sink);

        assertThat(summary.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(2);
            assertThat(issue.column()).isEqualTo("amount");
            assertThat(issue.reason()).contains("'700,00'", "dot");
        });
    }

    @Test
    void aClientInAnUnknownDistrictIsRejectedAndSoAreRowsThatReferToThatClient() {
        tinyBank(dir);
        write(dir, "client.asc", CLIENT_HEADER, "1;\"450204\";1", "2;\"706213\";77");

        ImportSummary summary = reader.read(dir, sink);

        assertThat(summary.issues()).extracting(ImportIssue::file, ImportIssue::line, ImportIssue::column)
                .containsExactly(tuple("client.asc", 3L, "district_id"),
                        tuple("disp.asc", 3L, "client_id"),
                        tuple("card.asc", 2L, "disp_id"));
        assertThat(summary.issues().get(0).reason()).contains("77", "district.asc");
        assertThat(sink.customers).extracting(Profile::customerId).containsExactly("1");
    }

    @Test
    void aTransactionOnAnUnknownAccountIsRejected() {
        tinyBank(dir);
        write(dir, "trans.asc", TRANS_HEADER, "1000;11;930101;\"PRIJEM\";\"VKLAD\";700.00;700.00;\"\";;");

        ImportSummary summary = reader.read(dir, sink);

        assertThat(summary.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.column()).isEqualTo("account_id");
            assertThat(issue.reason()).contains("11", "account.asc");
        });
        assertThat(sink.transactions).isEmpty();
    }

    @Test
    void aMissingRequiredValueIsReported() {
        tinyBank(dir);
        write(dir, "account.asc", "\"account_id\";\"district_id\";\"frequency\";\"date\"", "10;1;\"\";930101");

        ImportSummary summary = reader.read(dir, sink);

        assertThat(summary.issues()).first().satisfies(issue -> {
            assertThat(issue.file()).isEqualTo("account.asc");
            assertThat(issue.column()).isEqualTo("frequency");
            assertThat(issue.reason()).isEqualTo("缺少值 / value is missing");
        });
    }

    @Test
    void aDuplicateClientIdIsReported() {
        tinyBank(dir);
        write(dir, "client.asc", CLIENT_HEADER, "1;\"450204\";1", "2;\"706213\";69", "1;\"450204\";1");

        ImportSummary summary = reader.read(dir, sink);

        assertThat(summary.issues()).singleElement()
                .extracting(ImportIssue::line, ImportIssue::column).containsExactly(4L, "client_id");
        assertThat(sink.customers).hasSize(2);
    }

    @Test
    void strictModeDeliversNothingWhenAnyRowHasAnIssue() {
        tinyBank(dir);
        write(dir, "trans.asc", TRANS_HEADER, "1000;10;930101;\"PRIJEM\";\"VKLAD\";700.00;700.00;\"\";;",
                "1001;10;930199;\"PRIJEM\";\"VKLAD\";700.00;700.00;\"\";;");

        ImportSummary summary = reader.read(dir, sink, true);

        assertThat(summary.issues()).extracting(ImportIssue::line).containsExactly(3L);
        assertThat(sink.total() - sink.count("issue")).as("rows delivered").isZero();
        // the bad row is still told to whoever imports, so that the import can say why nothing was stored
        assertThat(sink.issues).extracting(ImportIssue::line).containsExactly(3L);
    }

    @Test
    void strictModeDeliversEverythingWhenNoRowHasAnIssue() {
        ImportSummary summary = reader.read(tinyBank(dir), sink, true);

        assertThat(summary.issues()).isEmpty();
        assertThat(sink.counts).containsEntry("transaction", 3L).containsEntry("customer", 2L);
    }

    @Test
    void aHeaderWithUnexpectedColumnsFailsBeforeAnythingIsDelivered() {
        tinyBank(dir);
        write(dir, "trans.asc", "\"trans_id\";\"account\";\"date\"", "1000;10;930101");

        assertThatThrownBy(() -> reader.read(dir, sink))
                .isInstanceOf(BerkaImportFailed.class)
                .hasMessageContaining("trans.asc")
                .hasMessageContaining("[trans_id, account, date]")
                .hasMessageContaining("expected [trans_id, account_id, date, type");
        assertThat(sink.total()).isZero();
    }

    @Test
    void aMissingFileFailsNamingTheFileAndTheDirectory() throws Exception {
        Files.delete(tinyBank(dir).resolve("loan.asc"));

        assertThatThrownBy(() -> reader.read(dir, sink))
                .isInstanceOf(BerkaImportFailed.class)
                .hasMessageContaining("loan.asc")
                .hasMessageContaining(dir.toAbsolutePath().toString())
                .satisfies(e -> assertThat(((BerkaImportFailed) e).reason().zh())
                        .startsWith(dir.toAbsolutePath() + " 中缺少 Berka 文件 loan.asc；Berka 数据集需要 ").contains("、trans.asc"));
        assertThat(sink.total()).isZero();
    }

    @Test
    void aQuestionMarkMarksAMissingDistrictNameSoItsClientsHaveNoRegion() {
        tinyBank(dir);
        write(dir, "district.asc", "A1;A2;A3;A4;A5;A6;A7;A8;A9;A10;A11;A12;A13;A14;A15;A16",
                "1;?;\"Prague\";1204953;0;0;0;1;1;100.0;12541;0.29;0.43;167;85677;99107",
                "69;\"Jesenik\";\"north Moravia\";42821;4;13;5;1;3;48.4;8173;?;7.01;124;?;1358");

        ImportSummary summary = reader.read(dir, sink);

        assertThat(summary.issues()).isEmpty();
        assertThat(sink.branches.get(0).name()).isNull();
        assertThat(sink.customers).extracting(Profile::region).containsExactly(null, "Jesenik");
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsAccepted() {
        tinyBank(dir);
        writeRaw(dir, "client.asc", "\uFEFF" + CLIENT_HEADER + "\r\n1;\"450204\";1\r\n2;\"706213\";69\r\n");

        ImportSummary summary = reader.read(dir, sink);

        assertThat(summary.issues()).isEmpty();
        assertThat(sink.customers).hasSize(2);
    }

    @Test
    void aFileThatIsNotUtf8FailsNamingTheFileAndTheLineInsteadOfImportingGarbage() throws Exception {
        tinyBank(dir);
        // "Jeseník" as Windows-1250 writes it: the í is the single byte 0xED, which is not UTF-8
        byte[] head = ("A1;A2;A3;A4;A5;A6;A7;A8;A9;A10;A11;A12;A13;A14;A15;A16\r\n"
                + "1;\"Hl.m. Praha\";\"Prague\";1204953;0;0;0;1;1;100.0;12541;0.29;0.43;167;85677;99107\r\n"
                + "69;\"Jesen").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "k\";\"north Moravia\";42821;4;13;5;1;3;48.4;8173;?;7.01;124;?;1358\r\n".getBytes(StandardCharsets.US_ASCII);
        Files.write(dir.resolve("district.asc"), concat(head, new byte[]{(byte) 0xED}, tail));

        assertThatThrownBy(() -> reader.read(dir, sink))
                .isInstanceOf(BerkaImportFailed.class)
                .satisfies(e -> {
                    var reason = ((BerkaImportFailed) e).reason();
                    assertThat(reason.en()).contains("district.asc").contains("not UTF-8").contains("line 3");
                    assertThat(reason.zh()).contains("district.asc").contains("不是 UTF-8").contains("第 3 行");
                });
        assertThat(sink.branches).extracting(b -> b.name()).doesNotContain("Jesen\uFFFDk");
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void anEmptyFileFailsNamingTheHeaderItShouldHave() {
        tinyBank(dir);
        writeRaw(dir, "card.asc", "");

        assertThatThrownBy(() -> reader.read(dir, sink))
                .isInstanceOf(BerkaImportFailed.class)
                .hasMessageContaining("card.asc")
                .hasMessageContaining("empty");
    }
}
