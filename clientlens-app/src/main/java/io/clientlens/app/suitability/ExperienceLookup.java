package io.clientlens.app.suitability;

import io.clientlens.app.classify.RunQueries;
import io.clientlens.app.customer.Customers;
import io.clientlens.classify.ClassificationEngine;
import io.clientlens.classify.Context;
import io.clientlens.classify.CustomerFeatures;
import io.clientlens.classify.DimensionResult;
import io.clientlens.classify.Reason;
import io.clientlens.code.Dimension;
import io.clientlens.customer.Profile;
import io.clientlens.policy.Policy;
import io.clientlens.suitability.Experience;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The customer's investment experience: from the latest classification run when the customer is
 * in it; otherwise the classification engine's own investmentExperience rule applied to the KYC
 * profile alone (bank holdings are only known to a run), and the reason says which.
 */
@Component
class ExperienceLookup {
    private final RunQueries runs;
    private final Customers customers;
    private final Policy policy;

    ExperienceLookup(RunQueries runs, Customers customers, Policy policy) {
        this.runs = runs;
        this.customers = customers;
        this.policy = policy;
    }

    @SuppressWarnings("unchecked")
    Experience of(String customerId, LocalDate day) {
        var run = runs.latestRun();
        if (run.isPresent()) {
            var stored = customers.classification(run.get().runId(), customerId);
            if (stored.isPresent()) {
                Map<String, Object> dims = (Map<String, Object>) stored.get().get("dimensions");
                Map<String, Object> result = (Map<String, Object>) dims.get(Dimension.INVESTMENT_EXPERIENCE.code());
                List<Map<String, Object>> reasons = (List<Map<String, Object>>) result.get("reasons");
                Map<String, Object> r = reasons.get(0);
                return new Experience("EXPERIENCED".equals(result.get("code")), Experience.Source.CLASSIFICATION,
                        new Reason((String) r.get("rule"), r.get("zh") + "（分类运行 " + run.get().runId() + "，评估日 " + run.get().asOf() + "）",
                                r.get("en") + " (classification run " + run.get().runId() + ", as of " + run.get().asOf() + ")"));
            }
        }
        Profile profile = customers.profile(customerId).orElseThrow();
        CustomerFeatures profileOnly = new CustomerFeatures(customerId, profile.type(), profile.birthDate(), profile.gender(),
                profile.region(), 0, 0, null, null, null, null, null, null, 0, null, null, List.of(), 0L, 0, profile);
        DimensionResult result = ClassificationEngine.allRules().stream()
                .filter(rule -> rule.dimension() == Dimension.INVESTMENT_EXPERIENCE).findFirst().orElseThrow()
                .apply(new Context(profileOnly, day, policy, null, Map.of()));
        Reason r = result.reasons().get(0);
        return new Experience(result.is("EXPERIENCED"), Experience.Source.PROFILE, r);
    }
}
