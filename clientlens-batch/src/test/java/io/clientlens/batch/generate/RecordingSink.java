package io.clientlens.batch.generate;

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
import io.clientlens.questionnaire.RecordedAssessment;

import java.util.ArrayList;
import java.util.List;

/** Keeps everything delivered, in delivery order, for tests. */
final class RecordingSink implements BankDataSink {
    final List<Object> delivered = new ArrayList<>();
    final List<Profile> profiles = new ArrayList<>();
    final List<Account> accounts = new ArrayList<>();
    final List<AccountLink> links = new ArrayList<>();
    final List<Transaction> transactions = new ArrayList<>();
    final List<Loan> loans = new ArrayList<>();
    final List<Card> cards = new ArrayList<>();
    final List<Holding> holdings = new ArrayList<>();
    final List<RecordedAssessment> assessments = new ArrayList<>();

    static RecordingSink generate(GeneratorSettings settings) {
        RecordingSink sink = new RecordingSink();
        new CustomerBaseGenerator(settings).generate(sink);
        return sink;
    }

    @Override public void branch(Branch branch) { delivered.add(branch); }
    @Override public void customer(Profile profile) { delivered.add(profile); profiles.add(profile); }
    @Override public void account(Account account) { delivered.add(account); accounts.add(account); }
    @Override public void link(AccountLink link) { delivered.add(link); links.add(link); }
    @Override public void transaction(Transaction transaction) { delivered.add(transaction); transactions.add(transaction); }
    @Override public void loan(Loan loan) { delivered.add(loan); loans.add(loan); }
    @Override public void card(Card card) { delivered.add(card); cards.add(card); }
    @Override public void holding(Holding holding) { delivered.add(holding); holdings.add(holding); }
    @Override public void assessment(RecordedAssessment a) { delivered.add(a); assessments.add(a); }
    @Override public void issue(ImportIssue issue) { delivered.add(issue); }
}
