package io.clientlens.customer;

import java.math.BigDecimal;
import java.util.List;

/** Facts that only a corporate customer has. {@code businessScope} is the registered scope of business (经营范围). */
public record Corporate(String uscc, String legalRepresentative, BigDecimal registeredCapital, String size,
                        List<BeneficialOwner> beneficialOwners, String businessScope) {
    public Corporate {
        beneficialOwners = beneficialOwners == null ? List.of() : List.copyOf(beneficialOwners);
    }

    public Corporate(String uscc, String legalRepresentative, BigDecimal registeredCapital, String size,
                     List<BeneficialOwner> beneficialOwners) {
        this(uscc, legalRepresentative, registeredCapital, size, beneficialOwners, null);
    }

    /**
     * A beneficial owner (受益所有人) with the share owned or controlled (0–1) and whether the owner's identity
     * was verified: false means it could not be (docs/AML.md); missing means not recorded.
     */
    public record BeneficialOwner(String name, String residentId, BigDecimal share, Boolean verified) {
        public BeneficialOwner(String name, String residentId, BigDecimal share) {
            this(name, residentId, share, null);
        }
    }
}
