package io.clientlens.customer;

import java.math.BigDecimal;
import java.util.List;

/** Facts that only a corporate customer has. */
public record Corporate(String uscc, String legalRepresentative, BigDecimal registeredCapital, String size,
                        List<BeneficialOwner> beneficialOwners) {
    public Corporate {
        beneficialOwners = beneficialOwners == null ? List.of() : List.copyOf(beneficialOwners);
    }

    public record BeneficialOwner(String name, String residentId, BigDecimal share) {
    }
}
