package io.clientlens.suitability;

import io.clientlens.code.Label;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A product in the catalogue. {@code highMarketRisk} is what the catalogue says about high market risk
 * (docs/SUITABILITY.md): true or false, or null to leave it to the policy; a derivative is always of high
 * market risk. {@code termMonths} is null for open-ended products.
 */
public record Product(String code, String name, ProductRisk risk, String type, boolean experiencedOnly,
                      BigDecimal minAmount, boolean derivative, Boolean highMarketRisk, Integer termMonths) {
    public Product {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(type, "type");
        minAmount = minAmount == null ? BigDecimal.ZERO : minAmount;
    }

    /** Where a product's high market risk comes from. */
    public enum HighMarketRiskSource { DERIVATIVE, CATALOGUE, POLICY }

    /**
     * Whether the product is of high market risk: every derivative; otherwise as the catalogue says; when
     * it says nothing, every product rated {@code policyMinRisk} or higher (R5 by default, R4 if the
     * policy says so).
     */
    public boolean isHighMarketRisk(ProductRisk policyMinRisk) {
        if (derivative) {
            return true;
        }
        return highMarketRisk != null ? highMarketRisk : risk.rank() >= policyMinRisk.rank();
    }

    public HighMarketRiskSource highMarketRiskSource() {
        return derivative ? HighMarketRiskSource.DERIVATIVE
                : highMarketRisk != null ? HighMarketRiskSource.CATALOGUE : HighMarketRiskSource.POLICY;
    }

    /** Why the product is, or is not, of high market risk, in words for a reason. */
    public Label highMarketRiskBasis(ProductRisk policyMinRisk) {
        boolean high = isHighMarketRisk(policyMinRisk);
        return switch (highMarketRiskSource()) {
            case DERIVATIVE -> Label.of("衍生品", "a derivative");
            case CATALOGUE -> high ? Label.of("产品目录标注为高市场风险", "marked as high market risk in the catalogue")
                    : Label.of("产品目录标注为非高市场风险", "marked as not of high market risk in the catalogue");
            case POLICY -> high ? Label.of(risk.name() + " 产品，按政策 " + policyMinRisk.name() + " 及以上为高市场风险",
                    "an " + risk.name() + " product; the policy counts " + policyMinRisk.name() + " and above as high market risk")
                    : Label.of(risk.name() + " 产品，低于政策的高市场风险起点 " + policyMinRisk.name(),
                    "an " + risk.name() + " product, below the policy's high market risk from " + policyMinRisk.name());
        };
    }
}
