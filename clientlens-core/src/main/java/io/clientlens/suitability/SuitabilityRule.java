package io.clientlens.suitability;

import io.clientlens.policy.Policy;

import java.util.Optional;

/** One rule of docs/SUITABILITY.md, named as the policy says it; empty when it does not apply to the case. */
public interface SuitabilityRule {
    String name();

    Optional<Finding> apply(SuitabilityCase c, Policy.Suitability policy);
}
