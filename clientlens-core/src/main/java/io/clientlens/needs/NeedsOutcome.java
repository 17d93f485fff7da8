package io.clientlens.needs;

import java.time.LocalDate;

/**
 * What a needs diagnosis gives: the analysis of an individual's household, or, for a corporate
 * customer, that it does not apply and why.
 */
public sealed interface NeedsOutcome permits NeedsAnalysis, NeedsNotApplicable {
    String customerId();

    LocalDate asOf();

    String policyVersion();
}
