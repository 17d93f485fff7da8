package io.clientlens.app.suitability;

import io.clientlens.app.classify.RunQueries;
import io.clientlens.app.customer.Customers;
import io.clientlens.batch.export.StoredClassification;
import io.clientlens.classify.ClassificationEngine;
import io.clientlens.classify.Context;
import io.clientlens.classify.CustomerFeatures;
import io.clientlens.classify.DimensionResult;
import io.clientlens.classify.InvestmentHoldings;
import io.clientlens.classify.Reason;
import io.clientlens.code.Dimension;
import io.clientlens.customer.Profile;
import io.clientlens.policy.Policy;
import io.clientlens.suitability.Experience;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The customer's investment experience: from the latest classification run when the customer is
 * in it; otherwise the classification engine's own investmentExperience rule applied to the KYC
 * profile and the customer's holdings at the bank on the day, counted as a run counts them
 * ({@link InvestmentHoldings}), and the reason says which.
 */
@Component
class ExperienceLookup {
    private final RunQueries runs;
    private final Customers customers;
    private final Policy policy;
    private final JdbcTemplate jdbc;

    ExperienceLookup(RunQueries runs, Customers customers, Policy policy, JdbcTemplate jdbc) {
        this.runs = runs;
        this.customers = customers;
        this.policy = policy;
        this.jdbc = jdbc;
    }

    Experience of(String customerId, LocalDate day) {
        var run = runs.latestRun();
        if (run.isPresent()) {
            var stored = customers.classification(run.get().runId(), customerId);
            if (stored.isPresent()) {
                StoredClassification.StoredDimension result = stored.get().dimension(Dimension.INVESTMENT_EXPERIENCE).orElseThrow();
                StoredClassification.StoredReason r = result.reasons().get(0);
                return new Experience("EXPERIENCED".equals(result.code()), Experience.Source.CLASSIFICATION,
                        new Reason(r.rule(), r.zh() + "（分类运行 " + run.get().runId() + "，评估日 " + run.get().asOf() + "）",
                                r.en() + " (classification run " + run.get().runId() + ", as of " + run.get().asOf() + ")"));
            }
        }
        Profile profile = customers.profile(customerId).orElseThrow();
        InvestmentHoldings.AtBank atBank = InvestmentHoldings.of(jdbc.query(
                "select product_type, opened, closed from holding where customer_id = ?",
                (rs, n) -> new InvestmentHoldings.Held(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)), customerId), day, policy.investmentExperience());
        CustomerFeatures profileAndHoldings = new CustomerFeatures(customerId, profile.type(), profile.birthDate(),
                profile.gender(), profile.region(), 0, 0, null, null, null, null, null, null, 0, null, null, List.of(),
                atBank.days(), atBank.purchases(), profile);
        DimensionResult result = ClassificationEngine.allRules().stream()
                .filter(rule -> rule.dimension() == Dimension.INVESTMENT_EXPERIENCE).findFirst().orElseThrow()
                .apply(new Context(profileAndHoldings, day, policy, null, Map.of()));
        Reason r = result.reasons().get(0);
        return new Experience(result.is("EXPERIENCED"), Experience.Source.PROFILE, r);
    }
}
