package io.clientlens.batch.aml;

import io.clientlens.aml.monitor.Alert;
import io.clientlens.aml.monitor.AlertRule;
import io.clientlens.batch.generate.PlantedCase;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Alerts against the typologies the generator planted (aml-truth.csv): a planted case is found when an alert of its
 * rule for its customer shares a day with it. Alerts that find no planted case are either on a customer with a planted
 * case (another rule the planted transactions also meet) or on a customer with none: a false positive of the everyday
 * data.
 */
public record TruthComparison(List<PlantedCase> found, List<PlantedCase> missed, List<Alert> otherOnPlanted,
                              List<Alert> falsePositives) {

    public static TruthComparison of(List<PlantedCase> truth, List<Alert> alerts) {
        List<PlantedCase> found = new ArrayList<>();
        List<PlantedCase> missed = new ArrayList<>();
        Set<Alert> matched = new HashSet<>();
        Set<String> planted = new HashSet<>();
        for (PlantedCase c : truth) {
            planted.add(c.customerId());
            Alert hit = alerts.stream().filter(a -> a.rule() == c.rule() && a.customerId().equals(c.customerId())
                    && !a.from().isAfter(c.to()) && !c.from().isAfter(a.to())).findFirst().orElse(null);
            if (hit == null) {
                missed.add(c);
            } else {
                found.add(c);
                matched.add(hit);
            }
        }
        List<Alert> other = new ArrayList<>();
        List<Alert> falsePositives = new ArrayList<>();
        for (Alert a : alerts) {
            if (!matched.contains(a)) {
                (planted.contains(a.customerId()) ? other : falsePositives).add(a);
            }
        }
        return new TruthComparison(found, missed, other, falsePositives);
    }

    public double recall() {
        int total = found.size() + missed.size();
        return total == 0 ? 1.0 : (double) found.size() / total;
    }

    public Map<AlertRule, Integer> falsePositivesByRule() {
        Map<AlertRule, Integer> byRule = new EnumMap<>(AlertRule.class);
        for (AlertRule rule : AlertRule.values()) {
            byRule.put(rule, 0);
        }
        falsePositives.forEach(a -> byRule.merge(a.rule(), 1, Integer::sum));
        return byRule;
    }

    @Override
    public String toString() {
        return "planted " + (found.size() + missed.size()) + ", found " + found.size() + ", missed " + missed.size()
                + ", other alerts on planted customers " + otherOnPlanted.size() + ", false positives "
                + falsePositives.size() + " " + falsePositivesByRule();
    }
}
