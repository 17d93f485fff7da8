package io.clientlens.suitability;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A product in the catalogue. {@code derivative} also marks other high market-risk products
 * (docs/SUITABILITY.md); {@code termMonths} is null for open-ended products.
 */
public record Product(String code, String name, ProductRisk risk, String type, boolean experiencedOnly,
                      BigDecimal minAmount, boolean derivative, Integer termMonths) {
    public Product {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(type, "type");
        minAmount = minAmount == null ? BigDecimal.ZERO : minAmount;
    }
}
