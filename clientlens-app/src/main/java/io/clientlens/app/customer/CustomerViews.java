package io.clientlens.app.customer;

import io.clientlens.app.classify.RunQueries;
import io.clientlens.batch.export.StoredClassification;
import org.springframework.stereotype.Service;

import io.clientlens.customer.Profile;
import java.util.Optional;

/** Assembles the masked view of one customer with the latest classification. */
@Service
public class CustomerViews {
    private final Customers customers;
    private final RunQueries runs;

    CustomerViews(Customers customers, RunQueries runs) {
        this.customers = customers;
        this.runs = runs;
    }

    public Optional<CustomerView> view(String customerId) {
        return customers.profile(customerId).map(this::view);
    }

    /** The view of a profile just read, with its classification in the latest run. */
    public CustomerView view(Profile profile) {
        StoredClassification classification = runs.latestRun()
                .flatMap(run -> customers.classification(run.runId(), profile.customerId())).orElse(null);
        // no tipping-off: customer-facing roles do not see the AML rating (docs/AML.md)
        return CustomerView.of(profile, io.clientlens.app.aml.AmlVisibility.forCurrentUser(classification));
    }
}
