package io.clientlens.batch.generate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A home loan behind a profile's mortgage liability, kept so that the bank's {@code Loan} (when
 * the bank granted it) agrees with the profile: outstanding = amount × remaining / duration.
 */
record MortgagePlan(LocalDate granted, BigDecimal amount, int durationMonths, BigDecimal monthlyPayment) {
}
