package io.clientlens.app.classify;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/**
 * A finished classification run: what was classified, the currency its reasons show amounts in (the data's;
 * docs/POLICY.md "Currency") and how many customers got each code.
 */
public record RunSummary(long runId, LocalDate asOf, String policyVersion, String currency, int customers, Duration took,
                         Map<String, Map<String, Long>> counts) {
}
