package io.clientlens.batch.berka;

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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts what it receives per sink method and remembers the order in which the kinds came. */
class CountingSink implements BankDataSink {
    final Map<String, Long> counts = new LinkedHashMap<>();
    /** Each kind once per run of consecutive deliveries: [branch, customer] means all branches came first. */
    final List<String> kindsInOrder = new ArrayList<>();
    final List<ImportIssue> issues = new ArrayList<>();

    long count(String kind) {
        return counts.getOrDefault(kind, 0L);
    }

    long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private void received(String kind) {
        counts.merge(kind, 1L, Long::sum);
        if (kindsInOrder.isEmpty() || !kindsInOrder.get(kindsInOrder.size() - 1).equals(kind)) {
            kindsInOrder.add(kind);
        }
    }

    @Override public void branch(Branch branch) { received("branch"); }
    @Override public void customer(Profile profile) { received("customer"); }
    @Override public void account(Account account) { received("account"); }
    @Override public void link(AccountLink link) { received("link"); }
    @Override public void transaction(Transaction transaction) { received("transaction"); }
    @Override public void loan(Loan loan) { received("loan"); }
    @Override public void card(Card card) { received("card"); }
    @Override public void holding(Holding holding) { received("holding"); }

    @Override
    public void issue(ImportIssue issue) {
        received("issue");
        issues.add(issue);
    }
}
