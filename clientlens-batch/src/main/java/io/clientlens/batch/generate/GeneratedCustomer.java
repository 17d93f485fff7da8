package io.clientlens.batch.generate;

import io.clientlens.bank.Account;
import io.clientlens.bank.AccountLink;
import io.clientlens.bank.BankDataSink;
import io.clientlens.bank.Card;
import io.clientlens.bank.Holding;
import io.clientlens.bank.Loan;
import io.clientlens.bank.Transaction;
import io.clientlens.customer.Profile;
import io.clientlens.questionnaire.RecordedAssessment;

import java.util.List;

/**
 * Everything generated for one customer; a prospect has a profile and nothing else. {@code planted} is the
 * money-laundering typology planted in the customer, if any (docs/AML.md): the truth monitoring is measured against.
 */
public record GeneratedCustomer(Profile profile, List<Account> accounts, List<AccountLink> links, List<Loan> loans,
                                List<Card> cards, List<Holding> holdings, List<Transaction> transactions,
                                List<RecordedAssessment> assessments, List<PlantedCase> planted) {

    public GeneratedCustomer {
        planted = List.copyOf(planted);
        accounts = List.copyOf(accounts);
        links = List.copyOf(links);
        loans = List.copyOf(loans);
        cards = List.copyOf(cards);
        holdings = List.copyOf(holdings);
        transactions = List.copyOf(transactions);
        assessments = List.copyOf(assessments);
    }

    public GeneratedCustomer(Profile profile, List<Account> accounts, List<AccountLink> links, List<Loan> loans,
                             List<Card> cards, List<Holding> holdings, List<Transaction> transactions,
                             List<RecordedAssessment> assessments) {
        this(profile, accounts, links, loans, cards, holdings, transactions, assessments, List.of());
    }

    /** In the order a database sink can check references: the profile and each account before what refers to them. */
    public void deliverTo(BankDataSink sink) {
        sink.customer(profile);
        accounts.forEach(sink::account);
        links.forEach(sink::link);
        loans.forEach(sink::loan);
        cards.forEach(sink::card);
        holdings.forEach(sink::holding);
        transactions.forEach(sink::transaction);
        assessments.forEach(sink::assessment);
    }

    public boolean isProspect() {
        return accounts.isEmpty();
    }
}
