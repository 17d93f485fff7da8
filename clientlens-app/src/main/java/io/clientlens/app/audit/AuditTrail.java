package io.clientlens.app.audit;

import io.clientlens.batch.json.Json;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only audit trail (docs/SUITABILITY.md, last paragraph). The table refuses UPDATE and DELETE
 * by trigger; this class only inserts and reads. Callers append in the same transaction as the
 * decision they record, so there is never a decision without its record.
 */
@Repository
public class AuditTrail {
    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long append(AuditEntry e) {
        List<Map<String, String>> reasons = e.reasons().stream()
                .map(r -> Map.of("rule", r.rule(), "zh", r.zh(), "en", r.en())).toList();
        return jdbc.sql("""
                        insert into audit_record (kind, recorded_at, actor, actor_role, customer_id, subject, outcome,
                                                  policy_version, questionnaire_version, inputs, reasons)
                        values (:kind, :at, :actor, :role, :customer, :subject, :outcome, :policy, :questionnaire,
                                cast(:inputs as jsonb), cast(:reasons as jsonb)) returning record_id""")
                .param("kind", e.kind()).param("at", e.at()).param("actor", e.actor().user())
                .param("role", e.actor().role().name()).param("customer", e.customerId()).param("subject", e.subject())
                .param("outcome", e.outcome()).param("policy", e.policyVersion()).param("questionnaire", e.questionnaireVersion())
                .param("inputs", Json.write(e.inputs())).param("reasons", Json.write(reasons))
                .query(Long.class).single();
    }

    /**
     * Records an access to personal data (e.g. {@code UNMASK}) by a signed-in user of any role: who,
     * in which role, when, which customer, what and why. No clear value is stored.
     */
    public long appendAccess(String kind, java.time.LocalDateTime at, String user, String role, String customerId,
                             String subject, Map<String, Object> inputs) {
        return jdbc.sql("""
                        insert into audit_record (kind, recorded_at, actor, actor_role, customer_id, subject, outcome,
                                                  policy_version, inputs, reasons)
                        values (:kind, :at, :actor, :role, :customer, :subject, 'GRANTED', '-', cast(:inputs as jsonb), '[]')
                        returning record_id""")
                .param("kind", kind).param("at", at).param("actor", user).param("role", role).param("customer", customerId)
                .param("subject", subject).param("inputs", Json.write(inputs))
                .query(Long.class).single();
    }

    /** The kind of the record of a change of a customer's profile (inputs: via, source, fields, changes). */
    public static final String PROFILE_CHANGE = "PROFILE_CHANGE";
    private static final String ACCESS = """
            insert into audit_record (kind, recorded_at, actor, actor_role, customer_id, subject, outcome,
                                      policy_version, inputs, reasons)
            values (?, ?, ?, ?, ?, ?, ?, '-', cast(? as jsonb), '[]')""";

    /**
     * A record without a decision of the suitability chain (e.g. {@code PROFILE_CHANGE}) on a connection of the
     * caller's own, inside the caller's transaction: imports run on one connection and commit or roll back as a whole.
     */
    public static void append(java.sql.Connection c, String kind, java.time.LocalDateTime at, String user, String role,
                              String customerId, String subject, String outcome, Map<String, Object> inputs)
            throws java.sql.SQLException {
        try (var s = c.prepareStatement(ACCESS)) {
            s.setString(1, kind);
            s.setObject(2, at);
            s.setString(3, user);
            s.setString(4, role);
            s.setString(5, customerId);
            s.setString(6, subject);
            s.setString(7, outcome);
            s.setString(8, Json.write(inputs));
            s.executeUpdate();
        }
    }

    /** As {@link #append(java.sql.Connection, String, java.time.LocalDateTime, String, String, String, String, String, Map)}, in the current transaction. */
    public long append(String kind, java.time.LocalDateTime at, String user, String role, String customerId, String subject,
                       String outcome, Map<String, Object> inputs) {
        return jdbc.sql("""
                        insert into audit_record (kind, recorded_at, actor, actor_role, customer_id, subject, outcome,
                                                  policy_version, inputs, reasons)
                        values (:kind, :at, :actor, :role, :customer, :subject, :outcome, '-', cast(:inputs as jsonb), '[]')
                        returning record_id""")
                .param("kind", kind).param("at", at).param("actor", user).param("role", role).param("customer", customerId)
                .param("subject", subject).param("outcome", outcome).param("inputs", Json.write(inputs))
                .query(Long.class).single();
    }

    /** Records oldest first, optionally of one customer. */
    public List<AuditRecord> list(String customerId, int limit) {
        return jdbc.sql("""
                        select record_id, kind, recorded_at, actor, actor_role, customer_id, subject, outcome, policy_version,
                               questionnaire_version, inputs::text, reasons::text from audit_record
                        where (cast(:customer as text) is null or customer_id = :customer) order by record_id limit :limit""")
                .param("customer", customerId).param("limit", limit)
                .query((rs, i) -> new AuditRecord(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime().toString(),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), Json.read(rs.getString(11)), reasons(rs.getString(12)))).list();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> reasons(String json) {
        return (List<Object>) Json.read("{\"r\":" + json + "}").get("r");
    }
}
