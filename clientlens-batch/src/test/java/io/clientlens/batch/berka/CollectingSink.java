package io.clientlens.batch.berka;

import io.clientlens.bank.Account;
import io.clientlens.bank.AccountLink;
import io.clientlens.bank.Branch;
import io.clientlens.bank.Card;
import io.clientlens.bank.Loan;
import io.clientlens.bank.Transaction;
import io.clientlens.customer.Profile;

import java.util.ArrayList;
import java.util.List;

/** Keeps everything it receives, for small hand-made files. */
final class CollectingSink extends CountingSink {
    final List<Branch> branches = new ArrayList<>();
    final List<Profile> customers = new ArrayList<>();
    final List<Account> accounts = new ArrayList<>();
    final List<AccountLink> links = new ArrayList<>();
    final List<Loan> loans = new ArrayList<>();
    final List<Card> cards = new ArrayList<>();
    final List<Transaction> transactions = new ArrayList<>();

    @Override public void branch(Branch branch) { super.branch(branch); branches.add(branch); }
    @Override public void customer(Profile profile) { super.customer(profile); customers.add(profile); }
    @Override public void account(Account account) { super.account(account); accounts.add(account); }
    @Override public void link(AccountLink link) { super.link(link); links.add(link); }
    @Override public void loan(Loan loan) { super.loan(loan); loans.add(loan); }
    @Override public void card(Card card) { super.card(card); cards.add(card); }
    @Override public void transaction(Transaction transaction) { super.transaction(transaction); transactions.add(transaction); }
}
