package io.clientlens.app.needs;

import io.clientlens.app.classify.RunQueries;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.customer.Profile;
import io.clientlens.needs.NeedsAnalyzer;
import io.clientlens.needs.NeedsOutcome;
import io.clientlens.policy.Policy;
import org.springframework.stereotype.Service;

import java.time.LocalDate;

/**
 * Diagnoses a stored customer. The as-of date defaults to the latest transaction date in the data
 * (as for classification, docs/POLICY.md), or today when there are no transactions.
 */
@Service
public class NeedsService {
    private final Customers customers;
    private final RunQueries runs;
    private final NeedsAnalyzer analyzer;

    NeedsService(Customers customers, RunQueries runs, Policy policy) {
        this.customers = customers;
        this.runs = runs;
        this.analyzer = new NeedsAnalyzer(policy);
    }

    /** The stored profile and what the diagnosis gave: an analysis, or why none applies (a company). */
    public record Diagnosis(Profile profile, NeedsOutcome outcome) {
    }

    public Diagnosis diagnose(String customerId, LocalDate asOf) {
        return diagnose(customers.profile(customerId).orElseThrow(() -> new NotFound("customer", customerId)), asOf);
    }

    /** As {@link #diagnose(String, LocalDate)} of a profile the caller has just read (the 360: not read twice a page). */
    public Diagnosis diagnose(Profile profile, LocalDate asOf) {
        LocalDate date = asOf != null ? asOf : runs.latestTransactionDate().orElse(LocalDate.now());
        return new Diagnosis(profile, analyzer.analyze(profile, date));
    }
}
