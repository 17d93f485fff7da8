package io.clientlens.app.importing;

import io.clientlens.policy.Policy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The currency the bank data is in: the one the data set named when it was imported (Berka: CZK; the
 * generator: CNY), else the policy's. Amounts are shown in it and never converted (docs/POLICY.md, "Currency").
 */
@Component
public class DataCurrency {
    private final JdbcTemplate jdbc;
    private final Policy policy;

    DataCurrency(JdbcTemplate jdbc, Policy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /** The ISO 4217 code, e.g. CNY. */
    public String code() {
        String recorded = jdbc.query("select currency from data_currency", rs -> rs.next() ? rs.getString(1) : null);
        return recorded != null ? recorded : policy.currency();
    }
}
