package io.clientlens.needs;

import io.clientlens.code.Label;
import io.clientlens.customer.Profile;

import java.time.LocalDate;
import java.util.List;

/**
 * Extension point (port) for issue 4 item 5, product fit: whether a product may be proposed to
 * meet a need. Deliberately without an implementation here: the suitability engine (DOMAIN.md §5)
 * is built separately, and the integrator wires an adapter over its check, so that a proposal
 * from the register passes the same suitability rules as any other sale.
 */
public interface ProductFit {

    Fit check(Profile customer, Need need, String productCode, LocalDate asOf);

    /** Whether the product fits, with the reasons in both languages. */
    record Fit(boolean fits, List<Label> reasons) {
        public Fit {
            reasons = List.copyOf(reasons);
        }
    }
}
