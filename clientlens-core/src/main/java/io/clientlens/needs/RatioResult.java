package io.clientlens.needs;

import io.clientlens.code.Label;
import io.clientlens.policy.Policy;

import java.math.BigDecimal;

/**
 * One family financial ratio: its value (null when not computable), the verdict against the
 * healthy range of the policy, the workings (or why it cannot be computed) and the advice.
 */
public record RatioResult(String code, Label name, Label formula, Figure numerator, Figure denominator,
                          BigDecimal value, Verdict verdict, Policy.HealthyRange healthy, Label workings, Label advice) {

    public boolean isComputable() {
        return verdict != Verdict.NOT_COMPUTABLE;
    }
}
