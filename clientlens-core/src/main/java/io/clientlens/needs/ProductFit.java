package io.clientlens.needs;

import io.clientlens.code.Label;

import java.util.List;

/**
 * Whether a catalogue product may be proposed to meet a need (docs/NEEDS.md, product fit): the product must
 * address the need's planning area ({@link ProductsForNeeds}) and pass the same suitability rules as
 * any sale (docs/SUITABILITY.md). An unsuitable product is reported with its reasons, never hidden.
 */
public interface ProductFit {

    /** The suitability of proposing {@code productCode} to the customer of {@code need}, at the product's minimum amount. */
    Fit check(Need need, String productCode);

    /**
     * @param decision ALLOWED, BLOCKED, CONFIRMATION_REQUIRED or APPROVAL_REQUIRED, as the suitability check says
     * @param fits     true only when the product may be proposed without further steps (ALLOWED)
     */
    record Fit(String decision, boolean fits, List<Label> reasons) {
        public Fit {
            reasons = List.copyOf(reasons);
        }
    }
}
