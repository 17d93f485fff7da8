package io.clientlens.app.importing;

import io.clientlens.app.support.PostgresTest;
import io.clientlens.bank.Account;
import io.clientlens.bank.AccountLink;
import io.clientlens.bank.BankDataSink;
import io.clientlens.bank.Transaction;
import io.clientlens.customer.Profile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportsTest extends PostgresTest {

    @Autowired
    Imports imports;

    private static void oneCustomer(BankDataSink sink, BigDecimal amount) {
        sink.customer(Profile.builder("K1").name("张三").build());
        sink.account(new Account("A1", null, LocalDate.of(2020, 1, 1), null, null));
        sink.link(new AccountLink("L1", "K1", "A1", AccountLink.Role.OWNER));
        sink.transaction(new Transaction("T1", 1, "A1", LocalDate.of(2020, 1, 2), Transaction.Direction.CREDIT, null,
                amount, amount, null, null, null));
    }

    @Test
    void aKeyGivenTwiceFailsTheWholeImportNamingTheKeyAndStoresNothing() {
        assertThatThrownBy(() -> imports.load(sink -> {
            oneCustomer(sink, BigDecimal.TEN);
            sink.transaction(new Transaction("T1", 2, "A1", LocalDate.of(2020, 1, 3), Transaction.Direction.DEBIT, null,
                    BigDecimal.ONE, BigDecimal.ONE, null, null, null));
        })).isInstanceOf(ImportFailed.class).hasMessageContaining("T1");
        assertThat(jdbc.queryForObject("select count(*) from customer", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from txn", Long.class)).isZero();
    }

    @Test
    void aChangedRowIsUpdatedAndTheRestLeftAlone() {
        imports.load(sink -> oneCustomer(sink, BigDecimal.TEN));
        Imports.Result again = imports.load(sink -> oneCustomer(sink, new BigDecimal("11.00")));
        assertThat(again.counts().get("txn")).isEqualTo(new LoadCounts(0, 1, 0));
        assertThat(again.counts().get("customer")).isEqualTo(new LoadCounts(0, 0, 1));
        assertThat(jdbc.queryForObject("select amount from txn where transaction_id = 'T1'", BigDecimal.class))
                .isEqualByComparingTo("11");
    }

    @Test
    void aLinkToAnUnknownAccountFailsAndStoresNothing() {
        assertThatThrownBy(() -> imports.load(sink -> {
            sink.customer(Profile.builder("K1").build());
            sink.link(new AccountLink("L1", "K1", "NO-SUCH-ACCOUNT", AccountLink.Role.OWNER));
        })).isInstanceOf(ImportFailed.class).hasMessageContaining("NO-SUCH-ACCOUNT");
        assertThat(jdbc.queryForObject("select count(*) from customer", Long.class)).isZero();
    }
}
