package io.clientlens.app.service.persistence;

import io.clientlens.batch.json.Json;
import io.clientlens.code.Label;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The service feature's records in the append-only audit trail (the audit_record table; docs/SECURITY.md): who
 * did what to which task, request, campaign or referral, when, with the inputs and the reason in zh and en. Any
 * role may act here (the service centre, sales staff, the system), so the role is recorded as text.
 */
@Repository
public class ServiceAuditLog {
    private static final String INSERT = """
            insert into audit_record (kind, recorded_at, actor, actor_role, customer_id, subject, outcome, policy_version, inputs, reasons)
            values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""";

    private final JdbcClient jdbc;

    ServiceAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One record: {@code kind} e.g. TASK_DONE, {@code subject} e.g. task:12, {@code outcome} e.g. DONE. */
    public record Entry(String kind, LocalDateTime at, String actor, String role, String customerId, String subject, String outcome,
                        String policyVersion, Map<String, ?> inputs, String rule, Label reason) {
    }

    public void append(Entry e) {
        jdbc.sql("""
                        insert into audit_record (kind, recorded_at, actor, actor_role, customer_id, subject, outcome, policy_version,
                                                  inputs, reasons)
                        values (:kind, :at, :actor, :role, :customer, :subject, :outcome, :policy, cast(:inputs as jsonb),
                                cast(:reasons as jsonb))""")
                .param("kind", e.kind()).param("at", e.at()).param("actor", e.actor()).param("role", e.role())
                .param("customer", e.customerId()).param("subject", e.subject()).param("outcome", e.outcome())
                .param("policy", e.policyVersion()).param("inputs", Json.write(e.inputs()))
                .param("reasons", reasons(e)).update();
    }

    /** As {@link #append}, on a connection the caller holds (inside its transaction). */
    public static void append(Connection c, Entry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, e.kind());
            ps.setObject(2, e.at());
            ps.setString(3, e.actor());
            ps.setString(4, e.role());
            ps.setString(5, e.customerId());
            ps.setString(6, e.subject());
            ps.setString(7, e.outcome());
            ps.setString(8, e.policyVersion());
            ps.setString(9, Json.write(e.inputs()));
            ps.setString(10, reasons(e));
            ps.executeUpdate();
        }
    }

    private static String reasons(Entry e) {
        return e.reason() == null ? "[]" : Json.write(List.of(Map.of("rule", e.rule() == null ? e.kind() : e.rule(),
                "zh", e.reason().zh(), "en", e.reason().en())));
    }
}
