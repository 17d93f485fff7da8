package io.clientlens.app.aml;

import io.clientlens.aml.monitor.AlertRule;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/** What a monitoring run over the database came to. */
public sealed interface MonitoringOutcome {

    /**
     * The rules ran at {@code asOf}: {@code raised} new alerts per rule, and how many the rules found again that had
     * been raised before (the same rule and customer in an overlapping period), which are not raised twice.
     */
    record Monitored(long runId, LocalDate asOf, String policyVersion, Map<AlertRule, Integer> raised,
                     Map<AlertRule, Integer> alreadyRaised, Duration took) implements MonitoringOutcome {
        public int raisedTotal() {
            return raised.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int alreadyRaisedTotal() {
            return alreadyRaised.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** There are no transactions to take the as-of date from, and none was given. */
    record NothingToMonitor() implements MonitoringOutcome {
    }
}
