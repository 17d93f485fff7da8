package io.clientlens.batch.berka;

import io.clientlens.bank.Account;
import io.clientlens.bank.AccountLink;
import io.clientlens.bank.BankDataSink;
import io.clientlens.bank.Branch;
import io.clientlens.bank.Card;
import io.clientlens.bank.Holding;
import io.clientlens.bank.Loan;
import io.clientlens.bank.Transaction;
import io.clientlens.batch.ImportSummary;
import io.clientlens.customer.Profile;
import io.clientlens.importing.ImportIssue;

import java.nio.file.Path;

/**
 * Reads the Berka data set (PKDD'99, data/berka/README.md) from a directory and delivers it to a sink:
 * branches (districts), customers (clients), accounts, links (dispositions), loans, cards, then
 * transactions, so that a sink can check every reference against rows it already has.
 *
 * <p>A bad row is reported (to the sink and in the summary) and skipped; the rows around it are
 * delivered. A missing file or an unexpected header fails the whole import with
 * {@link BerkaImportFailed} before anything is delivered. Transactions are streamed, so memory
 * stays bounded by the number of districts, clients, accounts and dispositions.
 */
public final class BerkaReader {
    /** Berka amounts are Czech crowns; the reader names it to the sink (data/berka/README.md). */
    public static final String CURRENCY = "CZK";

    /** Delivers every good row and reports every bad one. */
    public ImportSummary read(Path dir, BankDataSink sink) {
        return read(dir, sink, false);
    }

    /**
     * When {@code strict}, delivers no row unless every row is good: the files are read twice, first only to check
     * them. Bad rows are then delivered as issues only, so that whoever imports says what stopped the import; the
     * summary describes that check.
     */
    public ImportSummary read(Path dir, BankDataSink sink, boolean strict) {
        BerkaCsv.requireFiles(dir);
        if (strict) {
            ImportSummary check = new BerkaPass(dir, DISCARD).run();
            if (check.hasIssues()) {
                check.issues().forEach(sink::issue);
                return check;
            }
        }
        sink.currency(CURRENCY);
        return new BerkaPass(dir, sink).run();
    }

    private static final BankDataSink DISCARD = new BankDataSink() {
        @Override public void branch(Branch branch) { }
        @Override public void customer(Profile profile) { }
        @Override public void account(Account account) { }
        @Override public void link(AccountLink link) { }
        @Override public void transaction(Transaction transaction) { }
        @Override public void loan(Loan loan) { }
        @Override public void card(Card card) { }
        @Override public void holding(Holding holding) { }
        @Override public void issue(ImportIssue issue) { }
    };
}
