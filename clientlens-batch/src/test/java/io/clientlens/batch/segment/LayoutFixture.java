package io.clientlens.batch.segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small generic-layout data sets written by hand, with features worked out on paper. */
final class LayoutFixture {
    private LayoutFixture() {
    }

    /**
     * As-of 2025-12-31. C1 owns A1 (opened 2024-01-10) and A2 (opened 2025-03-01, closed
     * 2025-11-30), is authorised on A3, holds a card on A1, a running loan and a FUND;
     * C2 owns A3 (opened 2026-01-05: after as-of, so C2 has no account yet: a prospect) — and C3
     * owns A4 with one activity, an overdraft and a loan that has run out.
     */
    static Path small(Path dir) {
        write(dir, "customers.jsonl", """
                {"customerId":"C1","type":"INDIVIDUAL","name":"王小明","birthDate":"1985-06-15","gender":"M","region":"北京市"}
                {"customerId":"C2","type":"INDIVIDUAL","name":"李红","birthDate":"1990-01-01","gender":"F","region":"上海市"}
                {"customerId":"C3","type":"CORPORATE","name":"某某公司","region":"广东省"}
                """);
        write(dir, "accounts.csv", """
                accountId,branch,opened,closed,statementFrequency
                A1,BR001,2024-01-10,,MONTHLY
                A2,BR001,2025-03-01,2025-11-30,MONTHLY
                A3,BR001,2026-01-05,,MONTHLY
                A4,BR002,2020-05-01,,MONTHLY
                """);
        write(dir, "links.csv", """
                linkId,customerId,accountId,role
                L1,C1,A1,OWNER
                L2,C1,A2,OWNER
                L3,C2,A3,OWNER
                L4,C1,A3,AUTHORISED
                L5,C3,A4,OWNER
                """);
        // A1: activity 2024-12-30 (outside the 365-day window: 2025-12-31 - 366 days), 2025-06-01
        // and 2025-12-31 (inside), interest (not activity), a fee on 2025-12-01 (inside the fee
        // window), a posting after as-of that must be ignored. Last balance on or before as-of:
        // 2025-12-31 seq 6 → 12000.50.
        write(dir, "transactions.csv", """
                transactionId,sequence,accountId,date,direction,operation,amount,balance,category,counterpartyBank,counterpartyAccount
                A1-1,1,A1,2024-12-30,CREDIT,TRANSFER_IN,1000.00,1000.00,SALARY,,
                A1-2,2,A1,2025-06-01,DEBIT,CARD_PAYMENT,250.25,749.75,CONSUMPTION,,
                A1-3,3,A1,2025-06-21,CREDIT,BANK_POSTING,1.20,750.95,INTEREST,,
                A1-4,4,A1,2025-12-01,DEBIT,BANK_POSTING,10.00,740.95,FEE,,
                A1-5,5,A1,2025-12-31,CREDIT,TRANSFER_IN,11260.00,12000.95,SALARY,,
                A1-6,6,A1,2025-12-31,DEBIT,BANK_POSTING,0.45,12000.50,FEE,,
                A1-7,7,A1,2026-01-02,DEBIT,CASH_WITHDRAWAL,5000.00,7000.50,CASH,,
                A2-1,1,A2,2025-03-01,CREDIT,CASH_DEPOSIT,300.00,300.00,OPENING_DEPOSIT,,
                A3-1,1,A3,2026-01-05,CREDIT,CASH_DEPOSIT,900.00,900.00,OPENING_DEPOSIT,,
                A4-1,1,A4,2025-01-01,DEBIT,TRANSFER_OUT,700.00,-200.00,SUPPLIER,,
                """);
        // L1: 2025-01-15, 100000.01 over 24 months; at 2025-12-31 elapsed = 11 (day 31 ≥ 15) →
        // 100000.01 × 13 / 24 = 54166.672083… → 54166.67. L2 on A4: 2019, 12 months: over.
        write(dir, "loans.csv", """
                loanId,accountId,granted,amount,durationMonths,monthlyPayment,status
                L1,A1,2025-01-15,100000.01,24,4500.00,C
                L2,A4,2019-01-01,1200.00,12,100.00,A
                """);
        write(dir, "cards.csv", """
                cardId,linkId,cardType,issued
                4000001234567899,L1,DEBIT,2024-02-01
                """);
        // H1 FUND held 2025-07-01…(open): 183 investment days, amount 50000 in AUM;
        // H2 WEALTH (a bank wealth product, an investment) 2025-01-01…2025-10-01: 273 days, redeemed, so
        // not held. Together 2025-01-01…2025-12-31 = 364 days (the 92 days of both count once), 2 purchases.
        // Written without the maturity column, as files were before it existed: they still read.
        write(dir, "holdings.csv", """
                holdingId,customerId,productCode,productType,amount,opened,closed
                H1,C1,F001,FUND,50000.00,2025-07-01,
                H2,C1,W001,WEALTH,20000.00,2025-01-01,2025-10-01
                """);
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
