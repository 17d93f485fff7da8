package io.clientlens.app.customer;

import io.clientlens.app.audit.AuditTrail;
import io.clientlens.app.security.Scope;
import io.clientlens.app.security.Actors;
import io.clientlens.app.clock.Now;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.customer.FieldProblem;
import io.clientlens.customer.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One personal field of one customer in clear, for the REST API and the customer 360 alike: the
 * customer must be in the user's scope, a reason is required, and every unmasking is an audit
 * record {@code UNMASK} (who, role, when, customer, field, reason; never the value).
 */
@Service
public class Unmasking {
    public static final List<String> FIELDS_IN_ORDER = List.of("name", "residentId", "mobile", "email", "birthDate", "address",
            "employer");
    public static final Set<String> FIELDS = Set.copyOf(FIELDS_IN_ORDER);
    static final int MIN_REASON = 5;
    static final int MAX_REASON = 500;

    private final Customers customers;
    private final Scope scope;
    private final AuditTrail audit;
    private final Now now;

    Unmasking(Customers customers, Scope scope, AuditTrail audit, Now now) {
        this.customers = customers;
        this.scope = scope;
        this.audit = audit;
        this.now = now;
    }

    /** The clear value and the audit record that shows who saw it. */
    public record Unmasked(String customerId, String field, String value, long auditRecordId) {
    }

    /** 404 outside the scope; 400 ({@link InvalidRequest}) naming {@code field} or {@code reason} when wrong. */
    @Transactional
    public Unmasked unmask(String customerId, Object field, Object reason) {
        scope.requireCustomer(customerId);
        List<FieldProblem> problems = problems(field, reason);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        Profile profile = customers.profile(customerId).orElseThrow(() -> new NotFound("customer", customerId));
        String name = (String) field;
        String value = switch (name) {
            case "name" -> profile.name();
            case "residentId" -> profile.residentId();
            case "mobile" -> profile.mobile();
            case "birthDate" -> profile.birthDate() == null ? null : profile.birthDate().toString();
            case "address" -> profile.address();
            case "employer" -> profile.employer();
            default -> profile.email();
        };
        var user = Actors.current();
        long record = audit.appendAccess("UNMASK", now.get(), user.username(), user.role().name(), customerId,
                "customer:" + customerId + ":" + name, Map.of("field", name, "reason", ((String) reason).trim()));
        return new Unmasked(customerId, name, value, record);
    }

    static List<FieldProblem> problems(Object field, Object reason) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!(field instanceof String f) || !FIELDS.contains(f)) {
            problems.add(new FieldProblem("field", "应为 " + new TreeSet<>(FIELDS) + " 之一", "expected one of " + new TreeSet<>(FIELDS)));
        }
        if (!(reason instanceof String r) || r.isBlank() || r.strip().length() < MIN_REASON || r.length() > MAX_REASON) {
            problems.add(new FieldProblem("reason", "请说明查看原因（" + MIN_REASON + "–" + MAX_REASON + "个字符）",
                    "say why you need the clear value (" + MIN_REASON + "–" + MAX_REASON + " characters)"));
        }
        return problems;
    }
}
