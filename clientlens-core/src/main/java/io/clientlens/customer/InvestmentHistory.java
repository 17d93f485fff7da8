package io.clientlens.customer;

import java.util.List;

/**
 * The customer's experience with non-deposit investment products: years held in total, product
 * types and the number of purchases on record.
 */
public record InvestmentHistory(Integer years, List<String> productTypes, Integer purchases) {
    public InvestmentHistory {
        productTypes = productTypes == null ? List.of() : List.copyOf(productTypes);
    }
}
