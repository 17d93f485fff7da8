package io.clientlens.batch.aml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A generic-layout data set where each monitoring rule fires for exactly one customer, worked out by hand; as-of
 * 2026-06-30, window 2025-07-01 … 2026-06-30. C7 is an ordinary customer whom no rule concerns.
 */
final class MonitoringFixture {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private MonitoringFixture() {
    }

    static Path write(Path dir) {
        write(dir, "customers.jsonl", """
                {"customerId":"C1","type":"INDIVIDUAL","birthDate":"1980-01-01"}
                {"customerId":"C2","type":"INDIVIDUAL","birthDate":"1980-01-01"}
                {"customerId":"C3","type":"INDIVIDUAL","birthDate":"1980-01-01","income":{"salary":100000}}
                {"customerId":"C4","type":"INDIVIDUAL","birthDate":"1980-01-01"}
                {"customerId":"C5","type":"CORPORATE","corporate":{"registeredCapital":1000000}}
                {"customerId":"C6","type":"INDIVIDUAL","birthDate":"1980-01-01"}
                {"customerId":"C7","type":"INDIVIDUAL","birthDate":"1980-01-01","income":{"salary":100000}}
                """);
        StringBuilder accounts = new StringBuilder("accountId,branch,opened,closed,statementFrequency\n");
        StringBuilder links = new StringBuilder("linkId,customerId,accountId,role\n");
        for (int i = 1; i <= 7; i++) {
            accounts.append("A").append(i).append(",BR001,").append(i == 4 ? "2025-01-01" : "2026-01-01").append(",,MONTHLY\n");
            links.append("L").append(i).append(",C").append(i).append(",A").append(i).append(",OWNER\n");
        }
        write(dir, "accounts.csv", accounts.toString());
        write(dir, "links.csv", links.toString());
        List<String> tx = new ArrayList<>();
        tx.add("transactionId,sequence,accountId,date,direction,operation,amount,balance,category,counterpartyBank,counterpartyAccount,channel,crossBorder");
        // C1 LARGE_CASH: 30,000 in and 20,000 out in cash on one day
        tx.add("A1-1,1,A1,2026-03-01,CREDIT,CASH_DEPOSIT,30000.00,30000.00,CASH,,,CASH,");
        tx.add("A1-2,2,A1,2026-03-01,DEBIT,CASH_WITHDRAWAL,20000.00,10000.00,CASH,,,CASH,");
        // C2 STRUCTURING: 45,000 three times within 9 days (never 50,000 a day)
        tx.add("A2-1,1,A2,2026-03-01,CREDIT,CASH_DEPOSIT,45000.00,45000.00,CASH,,,CASH,");
        tx.add("A2-2,2,A2,2026-03-04,CREDIT,CASH_DEPOSIT,45000.00,90000.00,CASH,,,CASH,");
        tx.add("A2-3,3,A2,2026-03-09,CREDIT,CASH_DEPOSIT,45000.00,135000.00,CASH,,,CASH,");
        // C3 PROFILE_MISMATCH: 300,001 credited against an income of 100,000 (interest is a bank posting: not counted)
        tx.add("A3-1,1,A3,2026-03-01,CREDIT,TRANSFER_IN,200000.00,200000.00,TRANSFER,ICBC,X1,TRANSFER,");
        tx.add("A3-2,2,A3,2026-03-31,CREDIT,BANK_POSTING,5.00,200005.00,INTEREST,,,,");
        tx.add("A3-3,3,A3,2026-04-01,CREDIT,TRANSFER_IN,100001.00,300006.00,TRANSFER,ICBC,X1,TRANSFER,");
        // C4 DORMANT_REACTIVATION: opened 2025-01-01 with 500; nothing until 60,000 + 50,000 in February 2026
        tx.add("A4-1,1,A4,2025-01-01,CREDIT,CASH_DEPOSIT,500.00,500.00,OPENING_DEPOSIT,,,CASH,");
        tx.add("A4-2,2,A4,2025-09-30,CREDIT,BANK_POSTING,1.00,501.00,INTEREST,,,,");
        tx.add("A4-3,3,A4,2026-02-01,CREDIT,TRANSFER_IN,60000.00,60501.00,TRANSFER,CCB,Y1,TRANSFER,");
        tx.add("A4-4,4,A4,2026-02-20,CREDIT,TRANSFER_IN,50000.00,110501.00,TRANSFER,CCB,Y1,TRANSFER,");
        // C5 RAPID_IN_OUT: in and out again three times in April
        tx.add("A5-1,1,A5,2026-04-01,CREDIT,TRANSFER_IN,100000.00,100000.00,TRANSFER,BOC,Z1,TRANSFER,");
        tx.add("A5-2,2,A5,2026-04-02,DEBIT,TRANSFER_OUT,95000.00,5000.00,TRANSFER,HSBC,Z2,TRANSFER,true");
        tx.add("A5-3,3,A5,2026-04-10,CREDIT,TRANSFER_IN,60000.00,65000.00,TRANSFER,BOC,Z1,TRANSFER,");
        tx.add("A5-4,4,A5,2026-04-10,DEBIT,TRANSFER_OUT,58000.00,7000.00,TRANSFER,HSBC,Z2,TRANSFER,true");
        tx.add("A5-5,5,A5,2026-04-20,CREDIT,TRANSFER_IN,70000.00,77000.00,TRANSFER,BOC,Z1,TRANSFER,");
        tx.add("A5-6,6,A5,2026-04-21,DEBIT,TRANSFER_OUT,70000.00,7000.00,TRANSFER,HSBC,Z2,TRANSFER,true");
        // C6 MANY_COUNTERPARTIES: 20 payers in 20 days
        for (int i = 1; i <= 20; i++) {
            tx.add("A6-" + i + "," + i + ",A6,2026-05-" + String.format("%02d", i) + ",CREDIT,TRANSFER_IN,1000.00,"
                    + (1000 * i) + ".00,TRANSFER,ABC,P" + i + ",TRANSFER,");
        }
        // C7: salary and spending
        tx.add("A7-1,1,A7,2026-05-10,CREDIT,TRANSFER_IN,8000.00,8000.00,SALARY,ICBC,E1,TRANSFER,");
        tx.add("A7-2,2,A7,2026-05-11,DEBIT,CASH_WITHDRAWAL,2000.00,6000.00,CASH,,,CASH,");
        write(dir, "transactions.csv", String.join("\n", tx) + "\n");
        return dir;
    }

    static void write(Path dir, String file, String text) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
