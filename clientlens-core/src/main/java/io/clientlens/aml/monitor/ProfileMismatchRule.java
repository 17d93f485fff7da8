package io.clientlens.aml.monitor;

import io.clientlens.aml.ProfileConsistency;
import io.clientlens.policy.AmlPolicy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * PROFILE_MISMATCH (交易与身份、年龄、收入不符): the credits of the last {@code windowDays} exceed a multiple of the
 * declared annual income (individual) or of the registered capital (company), or reach a large amount for a customer
 * younger or older than the policy's ages ({@link ProfileConsistency}). The alert covers the credits of the window.
 */
public final class ProfileMismatchRule {
    private ProfileMismatchRule() {
    }

    /** @param credits the customer's credits dated in the rule's window ending at {@code asOf} */
    public static Optional<Alert> evaluate(String customerId, CustomerFacts facts, List<TxnRef> credits, LocalDate asOf,
                                           AmlPolicy.ProfileMismatch p, String currency) {
        List<TxnRef> sorted = Alerts.distinct(credits);
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal total = Alerts.sum(sorted);
        Integer age = facts.birthDate() == null ? null : Period.between(facts.birthDate(), asOf).getYears();
        return ProfileConsistency.check(facts.type(), facts.declaredIncome(), facts.registeredCapital(), age, total, p)
                .map(m -> {
                    String[] text = m.describe(p, p.windowDays(), currency);
                    return Alerts.of(AlertRule.PROFILE_MISMATCH, customerId, sorted.get(0).date(),
                            sorted.get(sorted.size() - 1).date(), total, Alerts.score(p.score(), total, m.limit(p)), sorted,
                            text[0], text[1]);
                });
    }
}
