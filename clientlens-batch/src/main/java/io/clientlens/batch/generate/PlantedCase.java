package io.clientlens.batch.generate;

import io.clientlens.aml.monitor.AlertRule;

import java.time.LocalDate;

/**
 * A money-laundering typology the generator planted in a customer (docs/AML.md, "Known truth"): the rule that should
 * find it, and the days from its first to its last transaction that the rule needs.
 */
public record PlantedCase(String customerId, AlertRule rule, LocalDate from, LocalDate to) {
}
