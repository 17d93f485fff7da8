package io.clientlens.app.aml;

import io.clientlens.app.importing.Imports;
import io.clientlens.bank.Account;
import io.clientlens.bank.AccountLink;
import io.clientlens.bank.BankDataSink;
import io.clientlens.bank.Transaction;
import io.clientlens.customer.Profile;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer whose cash raises alerts, for the AML tests: K1 (branch BR001, RM01) deposits 60,000 in cash on 1 March
 * 2026 (large cash), then 45,000 on 2, 5 and 9 March (structuring); more deposits as (day, amount) pairs.
 */
public final class AmlData {
    private AmlData() {
    }

    public static void load(Imports imports, String... more) {
        imports.load(sink -> {
            sink.customer(Profile.builder("K1").name("张三").branch("BR001").relationshipManager("RM01").build());
            sink.account(new Account("A1", "BR001", LocalDate.of(2026, 1, 1), null, null));
            sink.link(new AccountLink("L1", "K1", "A1", AccountLink.Role.OWNER));
            cash(sink, "T1", "2026-03-01", 60_000);
            cash(sink, "T2", "2026-03-02", 45_000);
            cash(sink, "T3", "2026-03-05", 45_000);
            cash(sink, "T4", "2026-03-09", 45_000);
            for (int i = 0; i < more.length; i += 2) {
                cash(sink, "T" + (5 + i / 2), more[i], Long.parseLong(more[i + 1]));
            }
        });
    }

    private static void cash(BankDataSink sink, String id, String day, long amount) {
        sink.transaction(new Transaction(id, Long.parseLong(id.substring(1)), "A1", LocalDate.parse(day),
                Transaction.Direction.CREDIT, "CASH_DEPOSIT", BigDecimal.valueOf(amount), null, "CASH", null, null,
                Transaction.Channel.CASH, false));
    }
}
