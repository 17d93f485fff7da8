package io.clientlens.needs;

import io.clientlens.classify.Reason;

import java.time.LocalDate;

/** No needs analysis for this customer (a company has no household), with the reason in zh and en. */
public record NeedsNotApplicable(String customerId, LocalDate asOf, String policyVersion, Reason reason)
        implements NeedsOutcome {

    /** The status code of this outcome in documents and the API. */
    public static final String CODE = "NOT_APPLICABLE";
}
