package io.clientlens.batch.segment;

import io.clientlens.batch.Progress;
import io.clientlens.batch.export.ClassificationDocument;
import io.clientlens.batch.policy.PolicyYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The file batch reads the channel and cross-border marks, counts cash, credits and cross-border activity, and rates. */
class AmlFeaturesSegmentTest {
    @TempDir
    Path tmp;

    private Path input(String transactions) {
        Path dir = tmp.resolve("in");
        LayoutFixture.write(dir, "customers.jsonl", """
                {"customerId":"C1","type":"INDIVIDUAL","birthDate":"1985-06-15","identity":{"verified":true},"onboarding":"FACE_TO_FACE"}
                {"customerId":"C2","type":"INDIVIDUAL","birthDate":"1990-01-01","identity":{"verified":false}}
                """);
        LayoutFixture.write(dir, "accounts.csv", """
                accountId,branch,opened,closed,statementFrequency
                A1,BR001,2024-01-10,,MONTHLY
                A2,BR001,2024-01-10,,MONTHLY
                """);
        LayoutFixture.write(dir, "links.csv", """
                linkId,customerId,accountId,role
                L1,C1,A1,OWNER
                L2,C2,A2,OWNER
                """);
        LayoutFixture.write(dir, "transactions.csv", transactions);
        return dir;
    }

    // As-of 2025-12-31: A1-1 is 366 days back (outside); the interest is a bank posting; A1-3 cash in, A1-4 cash out,
    // A1-5 a cross-border transfer in, A1-6 a card payment.
    private static final String MARKED = """
            transactionId,sequence,accountId,date,direction,operation,amount,balance,category,counterpartyBank,counterpartyAccount,channel,crossBorder
            A1-1,1,A1,2024-12-30,CREDIT,CASH_DEPOSIT,90000.00,90000.00,CASH,,,CASH,
            A1-2,2,A1,2025-06-30,CREDIT,BANK_POSTING,5.00,90005.00,INTEREST,,,,
            A1-3,3,A1,2025-07-01,CREDIT,CASH_DEPOSIT,60000.00,150005.00,CASH,,,CASH,
            A1-4,4,A1,2025-07-02,DEBIT,CASH_WITHDRAWAL,10000.00,140005.00,CASH,,,CASH,false
            A1-5,5,A1,2025-08-01,CREDIT,TRANSFER_IN,20000.00,160005.00,TRANSFER,HSBC,HK001,TRANSFER,true
            A1-6,6,A1,2025-09-01,DEBIT,CARD_PAYMENT,5000.00,155005.00,CONSUMPTION,,,CARD,
            A2-1,1,A2,2025-09-01,CREDIT,TRANSFER_IN,100.00,100.00,TRANSFER,,,TRANSFER,
            """;

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> run(Path input) throws Exception {
        new SegmentRunner(new SegmentRequest(input, LocalDate.of(2025, 12, 31), tmp.resolve("out"), PolicyYaml.defaults(),
                null, null, 1, null).withOutputs(ResultFormat.parse("parquet,jsonl"))).run(Progress.NONE);
        return Files.readAllLines(tmp.resolve("out").resolve(SegmentRunner.JSONL)).stream().map(io.clientlens.batch.json.Json::read)
                .collect(java.util.stream.Collectors.toMap(d -> (String) d.get("customerId"), d -> d));
    }

    @Test
    @SuppressWarnings("unchecked")
    void countsCashCreditsAndCrossBorderActivityInTheWindowAndRates() throws Exception {
        Map<String, Map<String, Object>> docs = run(input(MARKED));

        Map<String, Object> c1 = (Map<String, Object>) docs.get("C1").get("features");
        assertThat(new java.math.BigDecimal(c1.get("cashAmount365").toString())).isEqualByComparingTo("70000");
        assertThat(new java.math.BigDecimal(c1.get("creditAmount365").toString())).isEqualByComparingTo("80000");
        assertThat(c1.get("crossBorderCount365")).isEqualTo(1);
        Map<String, Object> risk = (Map<String, Object>) ((Map<String, Object>) docs.get("C1").get("dimensions")).get("amlRisk");
        // cash 70,000 of 95,000 (74 %) + one cross-border transaction: 20 + 15 = 35
        assertThat(risk.get("code")).isEqualTo("MEDIUM");
        assertThat((List<Map<String, Object>>) risk.get("reasons")).extracting(r -> r.get("rule"))
                .containsExactly("aml.crossBorder", "aml.cashIntensive", "aml.points.MEDIUM");
        Map<String, Object> c2 = (Map<String, Object>) ((Map<String, Object>) docs.get("C2").get("dimensions")).get("amlRisk");
        assertThat(c2.get("code")).isEqualTo("PROHIBITED");
    }

    @Test
    void readsFilesWrittenBeforeTheMarksExistedAsUnknownChannelAndNotCrossBorder() throws Exception {
        String old = MARKED.lines().map(line -> line.substring(0, nthComma(line, 11)))
                .reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n";

        Map<String, Map<String, Object>> docs = run(input(old));

        @SuppressWarnings("unchecked")
        Map<String, Object> c1 = (Map<String, Object>) docs.get("C1").get("features");
        assertThat(new java.math.BigDecimal(c1.get("cashAmount365").toString())).isZero();
        assertThat(c1.get("crossBorderCount365")).isEqualTo(0);
        assertThat(new java.math.BigDecimal(c1.get("creditAmount365").toString())).isEqualByComparingTo("80000");
    }

    @Test
    void refusesAChannelThatIsNotOneNamingTheTransactionAndTheValue() {
        Path dir = input(MARKED.replace("CARD_PAYMENT,5000.00,155005.00,CONSUMPTION,,,CARD,", "CARD_PAYMENT,5000.00,155005.00,CONSUMPTION,,,CHEQUE,"));

        assertThatThrownBy(() -> run(dir)).hasMessageContaining("transactions.csv: transaction A1-6: channel \"CHEQUE\" "
                + "is not one of CASH, TRANSFER, CARD");
    }

    @Test
    void refusesACrossBorderMarkThatIsNotTrueOrFalse() {
        Path dir = input(MARKED.replace("HSBC,HK001,TRANSFER,true", "HSBC,HK001,TRANSFER,maybe"));

        assertThatThrownBy(() -> run(dir)).hasMessageContaining("crossBorder").hasMessageContaining("maybe");
    }

    private static int nthComma(String line, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = line.indexOf(',', at + 1);
        }
        return at;
    }
}
