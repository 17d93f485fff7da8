package io.clientlens.bank;

import io.clientlens.customer.Profile;
import io.clientlens.importing.ImportIssue;
import io.clientlens.questionnaire.RecordedAssessment;

/**
 * Where an import or the generator sends what it reads. Implementations store it (PostgreSQL)
 * or write it to files; readers stay independent of both.
 */
public interface BankDataSink {
    void branch(Branch branch);

    void customer(Profile profile);

    void account(Account account);

    void link(AccountLink link);

    void transaction(Transaction transaction);

    void loan(Loan loan);

    void card(Card card);

    void holding(Holding holding);

    /**
     * A questionnaire assessment of a customer delivered earlier. Only the generator delivers them;
     * a sink that keeps no assessments (a count, a test) ignores them.
     */
    default void assessment(RecordedAssessment assessment) {
    }

    /** A row that could not be read; the rows around it are still delivered. */
    void issue(ImportIssue issue);

    /**
     * The currency of every amount the source delivers (ISO 4217, e.g. {@code CZK} for Berka), when the
     * source names one; called once, before any row. Amounts are shown in it (docs/POLICY.md, "Currency");
     * a sink that does not keep it ignores it.
     */
    default void currency(String isoCode) {
    }
}
