package io.clientlens.app.importing;

import io.clientlens.bank.Account;
import io.clientlens.bank.AccountLink;
import io.clientlens.bank.BankDataSink;
import io.clientlens.bank.Branch;
import io.clientlens.bank.Card;
import io.clientlens.bank.Holding;
import io.clientlens.bank.Loan;
import io.clientlens.bank.Transaction;
import io.clientlens.customer.Profile;
import io.clientlens.importing.ImportIssue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Stores what a reader delivers in PostgreSQL, on one connection inside the caller's transaction,
 * so an import either lands whole or not at all. Buffers are flushed in foreign-key order
 * whenever one fills, so a link always finds its account, whatever order rows arrive in.
 */
public final class PostgresBankData implements BankDataSink {
    private static final int FLUSH_ROWS = 50_000;

    private final Connection connection;
    private final Function<Profile, String> profileJson;
    private final List<ImportIssue> issues = new ArrayList<>();
    private final StagedTable branches = new StagedTable("branch", "branch_id", List.of("branch_id", "name", "region"));
    private final StagedTable customers = new StagedTable("customer", "customer_id", List.of("customer_id",
            "customer_type", "branch_id", "relationship_manager", "birth_date", "gender", "region", "profile"));
    private final StagedTable accounts = new StagedTable("account", "account_id",
            List.of("account_id", "branch_id", "opened", "closed", "statement_frequency"));
    private final StagedTable links = new StagedTable("account_link", "link_id",
            List.of("link_id", "customer_id", "account_id", "role"));
    private final StagedTable loans = new StagedTable("loan", "loan_id",
            List.of("loan_id", "account_id", "granted", "amount", "duration_months", "monthly_payment", "status"));
    private final StagedTable cards = new StagedTable("card", "card_id", List.of("card_id", "link_id", "card_type", "issued"));
    private final StagedTable holdings = new StagedTable("holding", "holding_id", List.of("holding_id", "customer_id",
            "product_code", "product_type", "amount", "opened", "closed"));
    private final StagedTable transactions = new StagedTable("txn", "transaction_id", List.of("transaction_id", "seq",
            "account_id", "txn_date", "direction", "operation", "amount", "balance", "category", "counterparty_bank",
            "counterparty_account", "channel", "cross_border"));
    /** Parents before children. */
    private final List<StagedTable> inForeignKeyOrder = List.of(branches, customers, accounts, links, loans, cards,
            holdings, transactions);

    public PostgresBankData(Connection connection, Function<Profile, String> profileJson) throws SQLException {
        this.connection = connection;
        this.profileJson = profileJson;
        for (StagedTable table : inForeignKeyOrder) {
            table.createStage(connection);
        }
    }

    @Override
    public void branch(Branch b) {
        add(branches, row -> row.text(b.branchId()).text(b.name()).text(b.region()));
    }

    @Override
    public void customer(Profile p) {
        add(customers, row -> row.text(p.customerId()).text(p.typeOrIndividual().name()).text(p.branch())
                .text(p.relationshipManager()).date(p.birthDate()).text(p.gender() == null ? null : p.gender().name())
                .text(p.region()).text(profileJson.apply(p)));
    }

    @Override
    public void account(Account a) {
        add(accounts, row -> row.text(a.accountId()).text(a.branch()).date(a.opened()).date(a.closed())
                .text(a.statementFrequency()));
    }

    @Override
    public void link(AccountLink l) {
        add(links, row -> row.text(l.linkId()).text(l.customerId()).text(l.accountId()).text(l.role().name()));
    }

    @Override
    public void transaction(Transaction t) {
        add(transactions, row -> row.text(t.transactionId()).number(t.sequence()).text(t.accountId()).date(t.date())
                .text(t.direction().name()).text(t.operation()).number(t.amount()).number(t.balance())
                .text(t.category()).text(t.counterpartyBank()).text(t.counterpartyAccount())
                .text(t.channel() == null ? null : t.channel().name()).text(Boolean.toString(t.crossBorder())));
    }

    @Override
    public void loan(Loan l) {
        add(loans, row -> row.text(l.loanId()).text(l.accountId()).date(l.granted()).number(l.amount())
                .number(l.durationMonths()).number(l.monthlyPayment()).text(l.status()));
    }

    @Override
    public void card(Card c) {
        add(cards, row -> row.text(c.cardId()).text(c.linkId()).text(c.cardType()).date(c.issued()));
    }

    @Override
    public void holding(Holding h) {
        add(holdings, row -> row.text(h.holdingId()).text(h.customerId()).text(h.productCode()).text(h.productType())
                .number(h.amount()).date(h.opened()).date(h.closed()));
    }

    @Override
    public void issue(ImportIssue issue) {
        issues.add(issue);
    }

    public List<ImportIssue> issues() {
        return List.copyOf(issues);
    }

    /** Writes whatever is still buffered; call before committing. */
    public void finish() {
        flushAll();
    }

    /** Per table (by name): rows inserted, updated and found unchanged. */
    public Map<String, LoadCounts> counts() {
        Map<String, LoadCounts> counts = new LinkedHashMap<>();
        for (StagedTable table : inForeignKeyOrder) {
            LoadCounts c = table.counts();
            if (c.total() > 0) {
                counts.put(table.table(), c);
            }
        }
        return counts;
    }

    private void add(StagedTable table, java.util.function.Consumer<CsvRow> row) {
        table.add(row);
        if (table.buffered() >= FLUSH_ROWS) {
            flushAll();
        }
    }

    private void flushAll() {
        try {
            for (StagedTable table : inForeignKeyOrder) {
                table.flush(connection);
            }
        } catch (SQLException e) {
            throw new ImportFailed("Could not store the imported rows: " + e.getMessage(), e);
        }
    }
}
