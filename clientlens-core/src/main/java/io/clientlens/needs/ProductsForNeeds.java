package io.clientlens.needs;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which product types address which planning area (docs/NEEDS.md): protection needs are met by insurance,
 * cash needs by deposits and money-market products, and so on. A product's type is the catalogue's
 * {@code type} column; a type may serve several areas.
 */
public final class ProductsForNeeds {
    private static final Map<PlanningArea, Set<String>> TYPES = Map.of(
            PlanningArea.CASH_AND_DEBT, Set.of("CASH_MANAGEMENT", "DEPOSIT"),
            PlanningArea.FAMILY_PROTECTION, Set.of("INSURANCE", "INSURANCE_LIFE", "INSURANCE_HEALTH", "INSURANCE_ACCIDENT"),
            PlanningArea.EDUCATION_AND_RETIREMENT, Set.of("DEPOSIT", "WEALTH_FIXED_INCOME", "FUND", "INSURANCE_ANNUITY",
                    "PENSION"),
            PlanningArea.INVESTMENT, Set.of("WEALTH_FIXED_INCOME", "FUND", "PRECIOUS_METAL", "STRUCTURED", "PRIVATE_FUND",
                    "BOND", "STOCK", "DERIVATIVE"),
            PlanningArea.TAX, Set.of("PENSION", "INSURANCE_ANNUITY"),
            PlanningArea.ESTATE, Set.of("INSURANCE_LIFE", "TRUST"));

    private ProductsForNeeds() {
    }

    public static boolean addresses(String productType, PlanningArea area) {
        return productType != null && TYPES.getOrDefault(area, Set.of()).contains(productType);
    }

    public static List<String> typesFor(PlanningArea area) {
        return TYPES.getOrDefault(area, Set.of()).stream().sorted().toList();
    }
}
