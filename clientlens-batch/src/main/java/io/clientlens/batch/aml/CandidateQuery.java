package io.clientlens.batch.aml;

import io.clientlens.aml.monitor.AlertRule;

import java.util.Map;

/**
 * The candidate query of each monitoring rule (docs/AML.md): the SQL that selects the rule's candidate transactions,
 * ordered by customer, and how many columns it adds after the seven of a transaction (customer, account, transaction,
 * date, sequence, direction, amount). One text for every engine; core's rule decides on the rows.
 */
public enum CandidateQuery {
    LARGE_CASH(AlertRule.LARGE_CASH, "large-cash", 0),
    STRUCTURING(AlertRule.STRUCTURING, "structuring", 0),
    PROFILE_MISMATCH(AlertRule.PROFILE_MISMATCH, "profile-mismatch", 4),
    DORMANT_REACTIVATION(AlertRule.DORMANT_REACTIVATION, "dormant-reactivation", 2),
    RAPID_IN_OUT(AlertRule.RAPID_IN_OUT, "rapid-in-out", 1),
    MANY_COUNTERPARTIES(AlertRule.MANY_COUNTERPARTIES, "many-counterparties", 1);

    private final AlertRule rule;
    private final String resource;
    private final int extraColumns;

    CandidateQuery(AlertRule rule, String resource, int extraColumns) {
        this.rule = rule;
        this.resource = resource;
        this.extraColumns = extraColumns;
    }

    public AlertRule rule() {
        return rule;
    }

    /** The resource name without .sql: {@code large-cash}, … */
    public String resource() {
        return resource;
    }

    public int extraColumns() {
        return extraColumns;
    }

    /** The query with the run's parameters filled in. */
    public String sql(Map<String, String> parameters) {
        return MonitoringSql.rule(resource, parameters);
    }
}
