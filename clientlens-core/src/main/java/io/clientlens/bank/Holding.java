package io.clientlens.bank;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An investment or insurance product the customer holds at the bank, counted in AUM while held.
 * {@code productType} is one of the policy's product types (e.g. WEALTH, FUND, BOND, INSURANCE).
 * {@code maturity} is the contractual maturity date of products that have one (time deposits, closed-end
 * wealth products, bonds; docs/generic-layout.md), null for open-ended products; it drives the RM's
 * maturity reminders (docs/SERVICE.md).
 */
public record Holding(String holdingId, String customerId, String productCode, String productType,
                      BigDecimal amount, LocalDate opened, LocalDate closed, LocalDate maturity) {
    public Holding {
        Account.requireText(holdingId, "holdingId");
        Account.requireText(customerId, "customerId");
        Account.requireText(productType, "productType");
        if (opened == null) {
            throw new IllegalArgumentException("opened is required");
        }
        if (maturity != null && maturity.isBefore(opened)) {
            throw new IllegalArgumentException("maturity " + maturity + " is before opened " + opened);
        }
    }

    /** A holding without a maturity date (open-ended products: funds, insurance, demand wealth products). */
    public Holding(String holdingId, String customerId, String productCode, String productType, BigDecimal amount,
                   LocalDate opened, LocalDate closed) {
        this(holdingId, customerId, productCode, productType, amount, opened, closed, null);
    }
}
