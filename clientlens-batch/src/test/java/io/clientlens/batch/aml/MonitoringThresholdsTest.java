package io.clientlens.batch.aml;

import io.clientlens.aml.monitor.Alert;
import io.clientlens.aml.monitor.AlertRule;
import io.clientlens.batch.policy.PolicyYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Cases exactly at the thresholds of the rules whose queries first leave out accounts and customers by their credits
 * in the whole window (docs/AML.md): a reactivated account whose only credits are the minimum, a customer whose only
 * credits are three days of exactly the minimum in and 90 % out; both are still found, and the same customers a cent
 * short are not.
 */
class MonitoringThresholdsTest {
    @TempDir
    Path tmp;

    @Test
    void casesExactlyAtTheMinimumCreditsAreFoundAndACentShortAreNot() throws Exception {
        Path input = tmp.resolve("in");
        MonitoringFixture.write(input, "customers.jsonl", """
                {"customerId":"D1","type":"INDIVIDUAL","birthDate":"1980-01-01"}
                {"customerId":"D2","type":"INDIVIDUAL","birthDate":"1980-01-01"}
                {"customerId":"R1","type":"INDIVIDUAL","birthDate":"1980-01-01"}
                {"customerId":"R2","type":"INDIVIDUAL","birthDate":"1980-01-01"}
                """);
        MonitoringFixture.write(input, "accounts.csv", "accountId,branch,opened,closed,statementFrequency\n"
                + "AD1,BR001,2025-01-01,,MONTHLY\nAD2,BR001,2025-01-01,,MONTHLY\n"
                + "AR1,BR001,2026-03-15,,MONTHLY\nAR2,BR001,2026-03-15,,MONTHLY\n");
        MonitoringFixture.write(input, "links.csv", "linkId,customerId,accountId,role\n"
                + "L1,D1,AD1,OWNER\nL2,D2,AD2,OWNER\nL3,R1,AR1,OWNER\nL4,R2,AR2,OWNER\n");
        StringBuilder tx = new StringBuilder("transactionId,sequence,accountId,date,direction,operation,amount,balance,"
                + "category,counterpartyBank,counterpartyAccount,channel,crossBorder\n");
        // D1: idle since opening, then 60,000 + 40,000 = the minimum and no other credit in the window; D2 a cent less
        for (String a : List.of("AD1", "AD2")) {
            tx.append(a).append("-1,1,").append(a).append(",2025-12-01,CREDIT,TRANSFER_IN,60000.00,60000.00,TRANSFER,CCB,Y1,TRANSFER,\n");
            tx.append(a).append("-2,2,").append(a).append(",2025-12-20,CREDIT,TRANSFER_IN,")
                    .append(a.equals("AD1") ? "40000.00" : "39999.99").append(",100000.00,TRANSFER,CCB,Y1,TRANSFER,\n");
            tx.append(a).append("-3,3,").append(a).append(",2026-01-05,DEBIT,TRANSFER_OUT,1000.00,99000.00,TRANSFER,CCB,Y2,TRANSFER,\n");
        }
        // R1 (accounts opened shortly before: not dormant): three days of exactly 50,000 in and 45,000 (90 %) out the next
        // day within 30 days, nothing else credited; R2 a cent less on the third day
        for (String a : List.of("AR1", "AR2")) {
            int seq = 1;
            for (String day : List.of("2026-04-01", "2026-04-10", "2026-04-20")) {
                String in = a.equals("AR2") && day.equals("2026-04-20") ? "49999.99" : "50000.00";
                tx.append(a).append('-').append(seq).append(',').append(seq++).append(',').append(a).append(',').append(day)
                        .append(",CREDIT,TRANSFER_IN,").append(in).append(",50000.00,TRANSFER,BOC,Z1,TRANSFER,\n");
                String next = LocalDate.parse(day).plusDays(1).toString();
                tx.append(a).append('-').append(seq).append(',').append(seq++).append(',').append(a).append(',').append(next)
                        .append(",DEBIT,TRANSFER_OUT,45000.00,5000.00,TRANSFER,HSBC,Z2,TRANSFER,true\n");
            }
        }
        MonitoringFixture.write(input, "transactions.csv", tx.toString());

        FileMonitor.run(input, tmp.resolve("out"), LocalDate.of(2026, 6, 30), PolicyYaml.defaults());

        List<Alert> alerts = Files.readAllLines(tmp.resolve("out").resolve(FileMonitoring.ALERTS)).stream()
                .map(AlertJson::parse).toList();
        assertThat(alerts).extracting(Alert::customerId, Alert::rule, Alert::from).containsExactly(
                tuple("D1", AlertRule.DORMANT_REACTIVATION, LocalDate.of(2025, 12, 1)),
                tuple("R1", AlertRule.RAPID_IN_OUT, LocalDate.of(2026, 4, 1)));
    }
}
