package io.clientlens.app.service.persistence;

import io.clientlens.batch.json.Json;
import io.clientlens.app.security.Scope;
import io.clientlens.app.service.Page;
import io.clientlens.app.service.RequestFilter;
import io.clientlens.app.service.ServiceRequest;
import io.clientlens.code.Label;
import io.clientlens.service.Dispatch;
import io.clientlens.service.RequestChannel;
import io.clientlens.service.RequestQueue;
import io.clientlens.service.RequestState;
import io.clientlens.service.RequestType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored service requests, read within a user's scope; {@code complaintsOnly} for compliance. */
@Repository
public class RequestStore {
    private static final String COLUMNS = """
            r.request_id, r.external_ref, r.customer_id, cu.customer_type, cu.profile ->> 'name' as name, r.channel, r.type, r.subject,
            r.description, r.source, r.service_class, r.classified, r.queue, r.priority, r.assigned_rm, r.branch_id, r.state, r.respond_by,
            r.responded_at, r.escalated_at, r.escalated_to, r.resolved_at, r.closed_at, r.satisfaction, r.follow_up_note, r.followed_up_at,
            r.followed_up_by, r.dispatch_reason_zh, r.dispatch_reason_en, r.policy_version, r.created_by, r.created_role, r.created_at""";
    private static final String FROM = " from service_request r join customer cu on cu.customer_id = r.customer_id";

    private final JdbcClient jdbc;

    RequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's branch, RM and latest service class, when the customer exists in the scope. */
    public record CustomerForRequest(String customerId, String branch, String rm, String serviceClass) {
    }

    public Optional<CustomerForRequest> customer(String customerId, Scope.Filter scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where cu.customer_id = :id");
        params.put("id", customerId);
        TaskStore.scoped(where, scope, params);
        return jdbc.sql("""
                        select cu.customer_id, cu.branch_id, cu.relationship_manager,
                               (select k.codes ->> 'serviceClass' from classification k where k.customer_id = cu.customer_id
                                  and k.run_id = (select max(run_id) from classification_run where status = 'DONE'))
                        from customer cu""" + where)
                .params(params).query((rs, i) -> new CustomerForRequest(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    public Optional<Long> byExternalRef(String ref) {
        return jdbc.sql("select request_id from service_request where external_ref = :ref").param("ref", ref).query(Long.class).optional();
    }

    public long insert(String externalRef, CustomerForRequest customer, RequestChannel channel, RequestType type, String subject,
                       String description, String source, Dispatch.Dispatched d, String policyVersion, String by, String role, Instant at) {
        return jdbc.sql("""
                        insert into service_request (external_ref, customer_id, channel, type, subject, description, source, service_class,
                            classified, queue, priority, assigned_rm, branch_id, state, respond_by, dispatch_reason_zh, dispatch_reason_en,
                            policy_version, created_by, created_role, created_at, updated_at)
                        values (:ref, :customer, :channel, :type, :subject, :description, :source, :cls, :classified, :queue, :priority, :rm,
                            :branch, 'ASSIGNED', :respondBy, :zh, :en, :policy, :by, :role, :at, :at) returning request_id""")
                .param("ref", externalRef).param("customer", customer.customerId()).param("channel", channel.name())
                .param("type", type.name()).param("subject", subject).param("description", description).param("source", source)
                .param("cls", d.serviceClass()).param("classified", d.classified()).param("queue", d.queue().name())
                .param("priority", d.priority()).param("rm", d.assignedRm()).param("branch", customer.branch())
                .param("respondBy", Timestamp.from(d.respondBy())).param("zh", d.reason().zh()).param("en", d.reason().en())
                .param("policy", policyVersion).param("by", by).param("role", role).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    public Page<ServiceRequest> page(RequestFilter f, Scope.Filter scope, boolean complaintsOnly, Instant now, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(f, scope, complaintsOnly, params);
        long total = jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
        List<ServiceRequest> items = jdbc.sql("select " + COLUMNS + FROM + where
                        + " order by r.state in ('RESOLVED', 'CLOSED'), r.respond_by, r.request_id limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size)
                .query((rs, i) -> request(rs, now)).list();
        return new Page<>(items, page, size, total);
    }

    public Optional<ServiceRequest> find(long id, Scope.Filter scope, boolean complaintsOnly, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(RequestFilter.ALL, scope, complaintsOnly, params) + " and r.request_id = :id";
        params.put("id", id);
        return jdbc.sql("select " + COLUMNS + FROM + where).params(params).query((rs, i) -> request(rs, now)).optional();
    }

    /** The request's history from the audit trail, oldest first. */
    public List<ServiceRequest.Event> history(ServiceRequest r) {
        return jdbc.sql("""
                        select recorded_at, actor, actor_role, kind, outcome, reasons::text from audit_record
                        where customer_id = :customer and subject = :subject order by record_id""")
                .param("customer", r.customerId()).param("subject", "service-request:" + r.requestId())
                .query((rs, i) -> {
                    List<?> reasons = (List<?>) Json.read("{\"r\":" + rs.getString(6) + "}").get("r");
                    Label reason = null;
                    if (!reasons.isEmpty() && reasons.get(0) instanceof Map<?, ?> m) {
                        reason = Label.of(String.valueOf(m.get("zh")), String.valueOf(m.get("en")));
                    }
                    return new ServiceRequest.Event(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), reason);
                }).list();
    }

    /** Locks the request for a change in the caller's transaction. */
    public Optional<RequestState> lockState(long id) {
        return jdbc.sql("select state from service_request where request_id = :id for update").param("id", id).query(String.class)
                .optional().map(RequestState::valueOf);
    }

    public void move(long id, RequestState to, Instant at, Instant newRespondBy) {
        String extra = switch (to) {
            case IN_PROGRESS -> ", responded_at = coalesce(responded_at, :at)";
            case RESOLVED -> ", resolved_at = :at";
            case CLOSED -> ", closed_at = :at";
            case REOPENED -> ", respond_by = :respondBy, responded_at = null, escalated_at = null, escalated_to = null, resolved_at = null, "
                    + "closed_at = null";
            default -> "";
        };
        var spec = jdbc.sql("update service_request set state = :state, updated_at = :at" + extra + " where request_id = :id")
                .param("state", to.name()).param("at", Timestamp.from(at)).param("id", id);
        if (to == RequestState.REOPENED) {
            spec = spec.param("respondBy", Timestamp.from(newRespondBy));
        }
        spec.update();
    }

    public void followUp(long id, int satisfaction, String note, String by, Instant at) {
        jdbc.sql("""
                        update service_request set satisfaction = :s, follow_up_note = :note, followed_up_by = :by, followed_up_at = :at,
                               updated_at = :at where request_id = :id""")
                .param("s", satisfaction).param("note", note).param("by", by).param("at", Timestamp.from(at)).param("id", id).update();
    }

    /** Requests waiting for an answer past their deadline and not yet escalated: id, customer, branch, state, deadline. */
    public record Late(long requestId, String customerId, String branch, RequestState state, Instant respondBy, String policyVersion) {
    }

    public List<Late> late(Instant now) {
        return jdbc.sql("""
                        select request_id, customer_id, branch_id, state, respond_by, policy_version from service_request
                        where state in ('NEW', 'ASSIGNED', 'REOPENED') and escalated_at is null and respond_by < :now
                        order by respond_by for update skip locked""")
                .param("now", Timestamp.from(now))
                .query((rs, i) -> new Late(rs.getLong(1), rs.getString(2), rs.getString(3), RequestState.valueOf(rs.getString(4)),
                        rs.getTimestamp(5).toInstant(), rs.getString(6))).list();
    }

    public void escalate(long id, String to, Instant at) {
        jdbc.sql("update service_request set escalated_at = :at, escalated_to = :to, updated_at = :at where request_id = :id")
                .param("at", Timestamp.from(at)).param("to", to).param("id", id).update();
    }

    /** The supervisors of a branch (their user names), to whom its escalations go. */
    public List<String> supervisors(String branch) {
        return jdbc.sql("select username from app_user where role = 'SUPERVISOR' and branch_id = :b and enabled order by username")
                .param("b", branch).query(String.class).list();
    }

    private static String where(RequestFilter f, Scope.Filter scope, boolean complaintsOnly, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (complaintsOnly) {
            where.append(" and r.type = 'COMPLAINT'");
        }
        if (f.state() != null) {
            where.append(" and r.state = :state");
            params.put("state", f.state().name());
        }
        if (f.openOnly()) {
            where.append(" and r.state not in ('RESOLVED', 'CLOSED')");
        }
        if (f.type() != null) {
            where.append(" and r.type = :type");
            params.put("type", f.type().name());
        }
        if (f.queue() != null) {
            where.append(" and r.queue = :queue");
            params.put("queue", f.queue().name());
        }
        if (f.escalated() != null) {
            where.append(f.escalated() ? " and r.escalated_at is not null" : " and r.escalated_at is null");
        }
        if (f.customerId() != null) {
            where.append(" and r.customer_id = :customer");
            params.put("customer", f.customerId());
        }
        TaskStore.scoped(where, scope, params);
        return where.toString();
    }

    private static ServiceRequest request(ResultSet rs, Instant now) throws SQLException {
        RequestState state = RequestState.valueOf(rs.getString("state"));
        Instant respondBy = rs.getTimestamp("respond_by").toInstant();
        return new ServiceRequest(rs.getLong("request_id"), rs.getString("external_ref"), rs.getString("customer_id"),
                Names.shown(rs.getString("customer_type"), rs.getString("name")), RequestChannel.valueOf(rs.getString("channel")),
                RequestType.valueOf(rs.getString("type")), rs.getString("subject"), rs.getString("description"), rs.getString("source"),
                rs.getString("service_class"), rs.getBoolean("classified"), RequestQueue.valueOf(rs.getString("queue")),
                rs.getBoolean("priority"), rs.getString("assigned_rm"), rs.getString("branch_id"), state, respondBy,
                instant(rs, "responded_at"), state.awaitsResponse() && now.isAfter(respondBy), instant(rs, "escalated_at"),
                rs.getString("escalated_to"), instant(rs, "resolved_at"), instant(rs, "closed_at"),
                rs.getObject("satisfaction") == null ? null : rs.getInt("satisfaction"), rs.getString("follow_up_note"),
                instant(rs, "followed_up_at"), rs.getString("followed_up_by"),
                Label.of(rs.getString("dispatch_reason_zh"), rs.getString("dispatch_reason_en")), rs.getString("policy_version"),
                rs.getString("created_by"), rs.getString("created_role"), rs.getTimestamp("created_at").toInstant(), List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
