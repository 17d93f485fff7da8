package io.clientlens.app.aml.persistence;

import io.clientlens.aml.ComplianceFlags;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@link ComplianceFlags} kept in {@code aml_customer_flag} (docs/AML.md). A run takes one snapshot at its start,
 * so every customer is rated against the same facts; flags are few, so the snapshot is a map.
 */
@Repository
public class StoredComplianceFlags {
    private final JdbcClient jdbc;

    StoredComplianceFlags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ComplianceFlags snapshot() {
        Map<String, ComplianceFlags.Flags> flags = new HashMap<>();
        jdbc.sql("select customer_id, open_suspicious_report, confirmed_watch_list_hit from aml_customer_flag "
                        + "where open_suspicious_report or confirmed_watch_list_hit")
                .query(rs -> {
                    flags.put(rs.getString(1), new ComplianceFlags.Flags(rs.getBoolean(2), rs.getBoolean(3)));
                });
        return customerId -> flags.getOrDefault(customerId, ComplianceFlags.Flags.NONE);
    }

    /** Sets a customer's flags (case management and screening call this; so do tests). */
    public void set(String customerId, ComplianceFlags.Flags flags) {
        jdbc.sql("insert into aml_customer_flag (customer_id, open_suspicious_report, confirmed_watch_list_hit) "
                        + "values (:id, :str, :hit) on conflict (customer_id) do update set open_suspicious_report = :str, "
                        + "confirmed_watch_list_hit = :hit, updated_at = now()")
                .param("id", customerId).param("str", flags.openSuspiciousReport())
                .param("hit", flags.confirmedWatchListHit()).update();
    }
}
