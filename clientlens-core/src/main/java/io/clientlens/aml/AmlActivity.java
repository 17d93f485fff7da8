package io.clientlens.aml;

import java.math.BigDecimal;

/**
 * What anti-money laundering reads from a customer's activity transactions in the activity window (owned
 * accounts, bank postings left out, docs/AML.md): the amount moved in cash, the amount credited and the number of
 * cross-border transactions, computed by the same feature SQL in the database and in the file batch; and what
 * compliance knows from outside the profile ({@link ComplianceFlags}).
 */
public record AmlActivity(BigDecimal cashAmount, BigDecimal creditAmount, int crossBorderCount,
                          ComplianceFlags.Flags flags) {

    /** Nothing in cash, nothing credited, nothing abroad, no flags: a customer without activity. */
    public static final AmlActivity NONE = new AmlActivity(BigDecimal.ZERO, BigDecimal.ZERO, 0, ComplianceFlags.Flags.NONE);

    public AmlActivity {
        cashAmount = cashAmount == null ? BigDecimal.ZERO : cashAmount;
        creditAmount = creditAmount == null ? BigDecimal.ZERO : creditAmount;
        flags = flags == null ? ComplianceFlags.Flags.NONE : flags;
    }
}
