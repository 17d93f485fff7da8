package io.clientlens.batch.generate;

import io.clientlens.customer.Profile;

/**
 * A generated profile before the bank relationship is known, with the facts the bank side needs
 * that a profile does not hold. {@code financialAssetsElsewhere} and {@code sources} are set
 * once the accounts exist.
 */
record ProfileDraft(Profile profile, MortgagePlan mortgage, int age) {
}
