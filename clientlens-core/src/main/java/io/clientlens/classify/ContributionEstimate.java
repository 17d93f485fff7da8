package io.clientlens.classify;

import io.clientlens.customer.Money;
import io.clientlens.policy.Policy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A customer's annual profit contribution (docs/POLICY.md): the bank's imported figure when
 * present, otherwise the estimate aumRate × AUM + loanRate × outstanding principal + fees.
 */
public record ContributionEstimate(BigDecimal amount, boolean imported, Map<String, Object> terms) {

    public static ContributionEstimate of(CustomerFeatures f, Policy policy) {
        if (f.importedContribution() != null) {
            return new ContributionEstimate(Money.round(f.importedContribution()), true,
                    Map.of("importedContribution", f.importedContribution()));
        }
        Policy.Contribution c = policy.contribution();
        BigDecimal fromAum = f.aum().multiply(c.aumRate());
        BigDecimal fromLoans = f.loanOutstanding().multiply(c.loanRate());
        BigDecimal amount = Money.round(fromAum.add(fromLoans).add(f.fees()));
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("aum", f.aum());
        terms.put("aumRate", c.aumRate());
        terms.put("loanOutstanding", f.loanOutstanding());
        terms.put("loanRate", c.loanRate());
        terms.put("fees", f.fees());
        return new ContributionEstimate(amount, false, terms);
    }
}
