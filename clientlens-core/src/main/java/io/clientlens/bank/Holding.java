package io.clientlens.bank;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An investment or insurance product the customer holds at the bank, counted in AUM while held.
 * {@code productType} is one of the policy's product types (e.g. WEALTH, FUND, BOND, INSURANCE).
 */
public record Holding(String holdingId, String customerId, String productCode, String productType,
                      BigDecimal amount, LocalDate opened, LocalDate closed) {
    public Holding {
        Account.requireText(holdingId, "holdingId");
        Account.requireText(customerId, "customerId");
        Account.requireText(productType, "productType");
        if (opened == null) {
            throw new IllegalArgumentException("opened is required");
        }
    }
}
